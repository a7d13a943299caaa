# Big integer arithmetic: factorials, Fibonacci, powers, digit manipulation, exact rational-style math
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)), str(f100).count("0"), len(str(f100)) - len(str(f100).rstrip("0")))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print("fib(300) =", a)
print(a % 1000000007, a // 10**50, a.bit_length())
print(2**521 - 1)
m = 2**127 - 1
print(pow(3, m - 1, m), pow(2, 10**18, 10**9 + 7))
x = 12345678901234567890123456789
y = 98765432109876543210
print(x + y, x - y, y - x, x * y)
print(x // y, x % y, -x // y, -x % y, divmod(x, -y))
print(x ** 3)
print(x == int(str(x)), int("9" * 50) + 1 == 10**50)
print((x * y) // y == x, (x * y) % y == 0)
print(x & y, x | y, x ^ y, x >> 40, y << 33, ~x)
print(hex(x), oct(y), bin(2**70 + 5))
print(int("1" * 80, 2), int("zzzzzzzzzzzz", 36))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10**101), isqrt(2 * 10**60))
digits = []
q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
while len(digits) < 60:
    if 4 * q + r - t < n * t:
        digits.append(n)
        q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
    else:
        q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
print("pi digits:", "".join(map(str, digits)))
print(sum(range(10**6)) == (10**6 - 1) * 10**6 // 2, sum(i * i for i in range(1, 1001)))
c = 1
for i in range(1, 61):
    c = c * (60 - i + 1) // i
    if i in (1, 2, 30, 59, 60):
        print(f"C(60,{i}) = {c}")
print(float(2**1023) * 1.5, 10**400 // 10**399, (10**400 + 1) % 7)
