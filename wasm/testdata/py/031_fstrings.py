# f-strings: format specs (align, width, zero-pad, precision, grouping, bases, exponent, percent), !r, =, nesting
name, n, pi, big = "Ada", 42, 3.14159265, 1234567.891
print(f"{name} has {n} items")
print(f"[{name:>8}] [{name:<8}] [{name:^8}] [{name:*^9}] [{name:.2}]")
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:05}] [{n:+}] [{-n:+}] [{n: }]")
print(f"{pi:.2f} {pi:08.3f} {pi:10.4f}| {pi:<10.1f}| {-pi:.0f} {2.5:.0f} {3.5:.0f}")
print(f"{big:,} {big:,.2f} {10**9:,} {10**9:_} {1234:_x}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#o} {5:b} {5:#b} {5:08b} {-255:x}")
print(f"{pi:e} {big:.3e} {0.000123:E} {1e100:.2e} {12345:e}")
print(f"{0.256:%} {0.256:.1%} {1:.0%} {-0.5:.2%}")
print(f"{pi:g} {big:g} {1e-7:g} {123456789:g} {0.0001:g} {100000.0:g} {1e16:g}")
print(f"{name!r} {name!s} {[name]!s} {name!a} {'é'!a}")
x, y = 3, 4.5
print(f"{x=} {y=} {x + y=} {name=!s} {pi=:.2f}")
print(f"{x = }")
w, p = 10, 3
print(f"[{pi:{w}.{p}f}] [{name:>{w}}] [{n:{'0'}{w}}]")
print(f"{{literal braces}} {{{n}}}")
print(f"{'nested ' + 'expr'} {len(name) * 2} {[i for i in range(3)]} {dict(a=1)}")
print(f"{n:>5d}|{n:<5d}|{n:^5d}|{n:=+6d}")
print(f"{True} {None} {True:d} {3.0} {1e20} {-0.0}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
print(f"{'item':<12}{'price':>8}{'qty':>5}")
for it, pr, q in items:
    print(f"{it:<12}{pr:>8.2f}{q:>5d}")
print(f"{'total':<12}{sum(p * q for _, p, q in items):>8.2f}")
print(f"{3.14159:.3} {1234.5:.3} {0.5:.1} {100:.2f} {7:.3e}")
print(f"{12:#010x} {-12:#010b} {65:c} {0x1F600:c}")
print(f"{'left':-<10}{'right':->10}")
print(f"{123.456:+.1f} {-123.456: .1f} {123.456: .1f}")
print(f"{1e6:,.0f} {-1234.5:,} {0.1 + 0.2} {0.1 + 0.2:.17f}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
print(f"{P()} {P():xyz} {P()!r}")
print(f"""multi
{n}
line""")
d = {"key": "val"}
print(f"{d['key']} {d!r}")
print(f'{"double" + "quotes"}')
print(format(255, "x"), format(3.14159, ".2f"), format("s", ">3"), format(1234567, ","))
print(f"{float('inf'):10.2f}|{float('nan'):f}|{-float('inf'):e}")
print(f"{0:03d} {7:+04d} {1.5:06.2f} {-1.5:06.2f}")
