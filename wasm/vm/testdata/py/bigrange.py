# Ranges with bounds beyond 64 bits.
print(range(10**20)[-1], 10**19 in range(10**20), range(0, 10**20, 7)[3])
r = range(10**20, 10**20 + 10, 3)
print(r, list(r), len(r), r[1:3], r[::-1], list(reversed(r)), r == range(10**20, 10**20+10, 3), hash(r) == hash(range(10**20, 10**20+10, 3)))
print(r.start, r.stop, r.step, r.index(10**20 + 3), r.count(5), bool(range(10**20, 0)), 10.0**20 in r)
try:
    len(range(10**20))
except OverflowError as e:
    print("OverflowError:", e)
print(range(-10**20, -10**20+3)[0], list(range(2**63-2, 2**63+1)))
