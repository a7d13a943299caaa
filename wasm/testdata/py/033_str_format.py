# str.format: positional, auto-numbered, named, indexing, attributes, conversions, specs, nesting
print("{} {} {}".format("a", "b", "c"))
print("{2} {1} {0} {0}".format("x", "y", "z"))
print("{greet}, {name}!".format(greet="Hi", name="Sam"))
print("{0} is {age} years".format("Tom", age=12))
data = {"k": "v", "n": [10, 20]}
print("{0[k]} {0[n][1]} {d[n][0]}".format(data, d=data))
seq = ["zero", "one", "two"]
print("{0[2]} {s[0]}".format(seq, s=seq))
class Pt:
    def __init__(self):
        self.x, self.y = 3, 4
        self.inner = self
p = Pt()
print("({0.x}, {0.y}) {p.inner.x}".format(p, p=p))
print("{!r} {!s} {!a}".format("q", "q", "ñ"))
print("[{:>6}] [{:<6}] [{:^6}] [{:_^7}]".format("r", "l", "c", "m"))
print("{:.3f} {:8.2f} {:+d} {:,} {:x} {:#b} {:e} {:.0%}".format(3.14159, 2.5, 5, 10**7, 255, 6, 1500.0, 0.75))
print("{0:{1}} | {0:{fill}>{width}}".format("v", 4, fill="*", width=6))
print("{:{}.{}f}".format(3.14159, 10, 2))
print("{{}} {{{0}}}".format("esc"))
print("{0}{0}{0}".format("ab"))
print("{} {}".format(*["star", "args"]), "{a}-{b}".format(**{"a": 1, "b": 2}))
print("{:d}".format(True), "{}".format(None), "{:s}".format("s"), "{}".format([1, (2,)]))
print("{:05.1f}|{:<+7.2f}|{:^9.3e}".format(3.14159, 2.0, 12345.0))
table = [("north", 1200.5), ("south", 89.25), ("east-west", 10001.0)]
for region, amount in table:
    print("{:<10}|{:>12,.2f}|".format(region, amount))
print("{:=^30}".format(" Report "))
print("{0:>{w}} {1:<{w}}|".format("R", "L", w=4))
try:
    "{} {}".format("one")
except IndexError as e:
    print("IndexError:", e)
try:
    "{name}".format(other=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format("text")
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
fmt = "Name: {name:<8} Score: {score:>5.1f}"
for name, score in [("Al", 93.456), ("Beatrice", 7.0)]:
    print(fmt.format(name=name, score=score))
print("{:c}{:c}".format(79, 75), "{:o}".format(64), "{:X}".format(48879))
print("{:g} {:g} {:g}".format(0.00001234, 1234567.0, 42.0))
print("{0!r:>10}|{0!s:<10}|".format("hi"))
print("{:>8}".format(3.5), "{:<8}".format(True), "{:^8}".format(-2))
print("{:n}".format(1234), "{:.2}".format("abcdef"), "{:10.3}|".format("abcdef"))
