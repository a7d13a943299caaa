# Operator overloading, part 2: __iadd__, __le__/__ge__, __floordiv__/__mod__/__truediv__/__pow__, reflected __eq__, default equality, __int__/__index__
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __add__(self, o):
        return Money(self.cents + o.cents)
    def __iadd__(self, o):
        print("iadd called")
        self.cents += o.cents
        return self
    def __le__(self, o):
        return self.cents <= o.cents
    def __ge__(self, o):
        return self.cents >= o.cents
    def __floordiv__(self, n):
        return Money(self.cents // n)
    def __mod__(self, n):
        return Money(self.cents % n)
    def __truediv__(self, n):
        return self.cents / n / 100
    def __pow__(self, n):
        return Money(self.cents ** n)
m = Money(1050)
m += Money(275)
print(m, m // 3, m % 7, m / 4, Money(3) ** 2, m <= Money(2000), m >= Money(2000))
class Str:
    def __init__(self, s):
        self.s = s
    def __eq__(self, o):
        print("Str.__eq__ called")
        return self.s == o
print(Str("a") == "a", "a" == Str("a"))
class NoEq:
    pass
x1, x2 = NoEq(), NoEq()
print(x1 == x1, x1 == x2, x1 != x2)
class Unhash:
    def __eq__(self, o):
        return True
try:
    hash(Unhash())
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
n = Num(5.7)
print(int(n), float(n), [0, 1, 2, 3, 4, 5][Num(2)], hex(Num(255)), bin(Num(3)))
