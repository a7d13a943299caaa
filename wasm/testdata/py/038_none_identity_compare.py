# Comparisons: ==, is, chained comparisons, cross-type ordering errors, rich comparison of containers
print(1 == 1.0, "a" == "a", [1] == [1], (1,) == [1], {1: 2} == {1: 2.0})
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1 != 2, 0 <= 0 < 1 <= 1)
print("abc" < "abd", "B" < "a", "a" < "aa", [1, "a"] < [1, "b"], (1, 2, 3) > (1, 2))
print([] == [], [] is [], () == (), None == None, None is None)
print(1 == True, 0 == False, 2 == True, "1" == 1, 1.0 == True)
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
nan = float("nan")
lst = [nan]
print(lst == lst, nan in lst, nan in [float("nan")])
print({1, 2} == {2, 1}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, [1, 2] == [2, 1])
print(max([3, 1, 2]) == 3, sorted([3, 1, 2]) == [1, 2, 3])
for a, b in [(1, "1"), ([1], (1,)), (None, 0), ({}, []), (1, None)]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    print({1} < {1, 2}, {1, 2} > {3})
    print({"a": 1} < {"b": 2})
except TypeError as e:
    print("TypeError:", e)
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0"), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.0"))
x = [1, 2]
y = x
z = list(x)
print(x is y, x is z, x == z, x is not z)
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", "ab" in "abc", 1 in {1: "x"}, "x" in {1: "x"})
s1 = "hello"
print(s1 == "hel" + "lo", s1 != "Hello", s1.lower() == s1)
print((1, [2]) == (1, [2]), [[1, 2], [3]] < [[1, 2], [4]])
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == round(0.3, 10), 10**20 == 1e20, 10**16 + 1 == 1e16)
print(True is True, type(None) is type(None), int is int)
