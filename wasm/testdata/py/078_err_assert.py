# Uncaught AssertionError with a formatted message from inside a method
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        assert x is not None, "cannot push None"
        self.items.append(x)
    def pop(self):
        assert self.items, f"pop from empty stack (size={len(self.items)})"
        return self.items.pop()
s = Stack()
s.push(1)
s.push(2)
try:
    s.push(None)
except AssertionError as e:
    print("caught:", e)
print(s.pop(), s.pop())
print(s.pop())
