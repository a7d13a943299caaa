# String building: diamonds, triangles, boxes, multiplication table, centered banners
def diamond(n):
    rows = [" " * (n - i - 1) + "*" * (2 * i + 1) for i in range(n)]
    return rows + rows[-2::-1]
print("\n".join(diamond(4)))
for i in range(1, 6):
    print(str(i) * i)
def box(lines):
    width = max(map(len, lines))
    top = "+" + "-" * (width + 2) + "+"
    return "\n".join([top] + ["| " + ln.ljust(width) + " |" for ln in lines] + [top])
print(box(["Lockstep", "deterministic", "threads"]))
print("    " + "".join(f"{c:4d}" for c in range(1, 10)))
for r in range(1, 10):
    print(f"{r:3d} " + "".join(f"{r * c:4d}" for c in range(1, 10)))
print(" WELCOME ".center(30, "="))
print("|" + "left".ljust(12) + "|" + "mid".center(12) + "|" + "right".rjust(12) + "|")
pascal = [[1]]
for _ in range(7):
    prev = pascal[-1]
    pascal.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
width = len(" ".join(map(str, pascal[-1])))
for row in pascal:
    print(" ".join(map(str, row)).center(width))
checker = "\n".join("".join("#" if (r + c) % 2 else "." for c in range(8)) for r in range(4))
print(checker)
bars = {"mon": 3, "tue": 7, "wed": 5, "thu": 0, "fri": 9}
for day, v in bars.items():
    print(f"{day} {'█' * v}{'·' * (9 - v)} {v}")
s = ""
for i in range(10):
    s += str(i)
    s = s + ("," if i < 9 else "")
print(s, len(s))
parts = []
for word in ["alpha", "beta", "gamma"]:
    parts.append(word[0].upper() + word[1:])
print("-".join(parts), "/".join(p.lower()[::-1] for p in parts))
print("\n".join(f"{n:>3} {'even' if n % 2 == 0 else 'odd':<4}|" for n in range(5)))
spiral = [[0] * 5 for _ in range(5)]
r = c = 0
dr, dc = 0, 1
for k in range(1, 26):
    spiral[r][c] = k
    nr, nc = r + dr, c + dc
    if not (0 <= nr < 5 and 0 <= nc < 5 and spiral[nr][nc] == 0):
        dr, dc = dc, -dr
        nr, nc = r + dr, c + dc
    r, c = nr, nc
for row in spiral:
    print(" ".join(f"{v:2d}" for v in row))
