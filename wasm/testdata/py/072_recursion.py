# Recursion: towers of Hanoi, permutations, power set, flood fill, Ackermann, memoized paths
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)
moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), moves)
m = []
hanoi(10, "L", "R", "M", m)
print(len(m), m[:3], m[-1])
def perms(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for p in perms(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
print(["".join(p) for p in perms("abc")], len(perms([1, 2, 3, 4, 5])))
def powerset(xs):
    if not xs:
        return [[]]
    rest = powerset(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(powerset([1, 2, 3]))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(m, n) for m in range(3) for n in range(4)])
def paths(r, c, memo={}):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]
print(paths(2, 2), paths(10, 10), paths(30, 30))
image = [list("..##."), list(".#..#"), list(".#..#"), list("..##.")]
def fill(img, r, c, new):
    if not (0 <= r < len(img) and 0 <= c < len(img[0])) or img[r][c] != ".":
        return 0
    img[r][c] = new
    return 1 + sum(fill(img, r + dr, c + dc, new) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
print("outside filled:", fill(image, 0, 0, "o"))
print("inside filled:", fill(image, 1, 2, "i"))
print("\n".join("".join(row) for row in image))
def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0
print(depth([]), depth([1, [2, [3]]]), depth([[[[[]]]]]))
def binary(n):
    return "0" if n == 0 else ("" if n == 1 else binary(n // 2)) + str(n % 2) if n > 0 else "-" + binary(-n)
print([binary(n) for n in [0, 1, 2, 5, 10, 255, -6]])
def sum_digits(n):
    return n if n < 10 else sum_digits(sum(int(d) for d in str(n)))
print(sum_digits(2**100), sum_digits(987654321))
