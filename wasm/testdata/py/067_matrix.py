# Matrices as nested lists: multiply, transpose, identity, determinant, power, pretty printing
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(len(m)):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        total += (-1) ** col * m[0][col] * det(minor)
    return total
def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result
def show(m, title):
    print(title)
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(str(v).rjust(width) for v in row) + "]")
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(a, b), "a*b")
show(mat_mul(b, a), "b*a")
show(transpose(a), "a^T")
show(identity(4), "I4")
m3 = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det m3 =", det(m3), "det I4 =", det(identity(4)), "det singular =", det([[1, 2], [2, 4]]))
fib = [[1, 1], [1, 0]]
print("fib(90) via matrix:", mat_pow(fib, 90)[0][1])
show(mat_pow(fib, 10), "fib^10")
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
show(grid, "grid")
print("diag:", [grid[i][i] for i in range(4)], "anti:", [grid[i][3 - i] for i in range(4)])
print("row sums:", [sum(r) for r in grid], "col sums:", [sum(c) for c in zip(*grid)])
rot = [list(r) for r in zip(*grid[::-1])]
show(rot, "rotated")
fm = [[0.5, 1.5], [2.0, -0.25]]
show(mat_mul(fm, fm), "float square")
print(mat_mul([[1, 2]], [[3], [4]]), mat_mul([[3], [4]], [[1, 2]]))
big = mat_pow([[2, 0], [0, 3]], 64)
print(big)
