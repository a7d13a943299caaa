# Conway's Game of Life on a small torus: sets of tuples, neighbor counting, printing generations
def step(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % w, (y + dy) % h)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))
w, h = 8, 6
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = glider
for gen in range(5):
    print(f"gen {gen}: {len(state)} alive")
    print(render(state, w, h))
    state = step(state, w, h)
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print(sorted(b1), b2 == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print("block stable:", step(block, 6, 6) == block)
pop = []
s = {(3, 2), (4, 2), (2, 3), (3, 3), (3, 4)}
for _ in range(30):
    s = step(s, 12, 12)
    pop.append(len(s))
print("r-pentomino populations:", pop)
