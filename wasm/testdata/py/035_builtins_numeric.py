# Numeric builtins: min, max (key, default), sum (start), any, all, abs, round, divmod, pow (3-arg), hash
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([1.5, 2, -3]))
print(max([], default=0), min((), default="none"), max([1, 2], default=99))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len), max([-5, 3], key=abs))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2], [1, 9]]))
print(max(1, 1.0), max(1.0, 1), min(0, False), max(True, 1))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum([0.5, 0.5]), sum([[1], [2]], []), sum(range(1, 11), start=-55))
print(any([]), any([0, "", None]), any([0, 1]), all([]), all([1, "a"]), all([1, 0]))
print(any(x > 3 for x in [1, 5]), all(isinstance(x, int) for x in [1, 2, True]))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(10**30)), abs(True))
print(round(3.7), round(-3.7), round(2.5), round(3.5), round(-2.5), round(1.23456, 3), round(1234, -2), round(5, 2))
print(round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-0.0), round(2.5, 0))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.0, 2), divmod(10**20, 3), divmod(0, 5))
print(pow(2, 8), pow(2, 0.5), pow(2, -2), pow(10, 20), pow(3, 4, 5), pow(2, 100, 10**9 + 7), pow(-3, 3, 7), pow(5, -1, 7))
print(2 ** 10, 2.0 ** 3, 0 ** 0, 0.0 ** 0)
print(hash(1), hash(0), hash(-1), hash(-2), hash(42), hash(True), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(1) == hash(1.0), hash(()) == hash(()))
print(hash(10**20), hash(-(10**20)), hash(1.5), hash(0.5), hash(-0.0))
print(int(7.9), int("  -12 "), float("1e-3"))
print(abs(-0.0), str(abs(-0.0)), max(-0.0, 0.0), min(0.0, -0.0))
print(sum([1e100, 1.0, -1e100]), sum([0.1] * 3))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
