# IndentationError: unexpected indent
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def total(self):
        return self.a + self.b
print("never printed")
p = Pair(1, 2)
a = p.total()
    b = 2
print(a + b)
if a > b:
    print("a wins")
else:
    print("b wins")
