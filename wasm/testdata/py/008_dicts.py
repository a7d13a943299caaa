# Dicts: insertion order, methods, views, merge operators, KeyError messages
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d))
print(d.get("a"), d.get("zz"), d.get("zz", "dflt"))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("n"), d.pop("missing", "none"), d)
print(d.keys(), d.values(), d.items())
print(list(d.items())[0], "a" in d, "a" in d.keys(), 1 in d.values(), ("c", 3) in d.items())
d.update({"x": 9, "a": 0})
d.update(y=8)
d.update([("z", 7)])
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
c.clear()
print(c, len(c))
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0))
m1 = {"a": 1, "b": 2}
m2 = {"b": 3, "c": 4}
print(m1 | m2, m2 | m1)
m1 |= {"z": 26}
print(m1)
print(dict(a=1, b=2), dict([(1, "one"), (2, "two")]), dict(zip("xy", [1, 2])), dict({"k": "v"}, extra=True))
del d["b"]
print(d)
d2 = {}
for word in "the cat and the hat and the bat".split():
    d2[word] = d2.get(word, 0) + 1
print(d2)
print(sorted(d2.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inv)
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "t", None: "n", 3.5: "f"})
keys = d.keys()
d["late"] = 1
print(keys, len(keys))
print({} == {}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
print(list(reversed({"one": 1, "two": 2, "three": 3})))
try:
    print(d["nope"])
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {1: 2}[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("absent")
except KeyError as e:
    print("KeyError:", e)
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested["outer"]["inner"][1]["deep"], nested)
for k in nested:
    print("key", k)
for k, v in {"x": 1, "y": 2}.items():
    print(k, "->", v)
