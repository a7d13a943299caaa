# Sequence protocol: generator-based __iter__, legacy __getitem__ iteration, __len__ truthiness, case-insensitive mapping with __iter__
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i
    def __len__(self):
        return self.n
sq = Squares(5)
print(list(sq), list(sq), len(sq), sum(sq), 9 in sq, 10 in sq)
print(sorted(sq, reverse=True), max(sq), dict(zip(sq, "abcde")))
class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(OldSeq()), 20 in OldSeq(), [x for x in OldSeq()])
it = iter(OldSeq())
print(next(it), next(it))
class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
d = Deck()
print(len(d), d[0], d[-1], d[1:3], list(reversed(d)))
print(bool(Deck()), "2H" in d)
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), "empty is falsy" if not Empty() else "?")
class Registry:
    def __init__(self):
        self._d = {}
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __iter__(self):
        return iter(sorted(self._d))
r = Registry()
r["Alpha"] = 1
r["BETA"] = 2
print(r["ALPHA"], r["beta"], list(r))
try:
    r["gamma"]
except KeyError as e:
    print("KeyError:", e)
