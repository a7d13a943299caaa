# Uncaught AttributeError: 'Foo' object has no attribute 'bar'
class Foo:
    def __init__(self):
        self.count = 1
    def show(self):
        print("count is", self.count)
        print("bar is", self.bar)
try:
    (5).real_part
except AttributeError as e:
    print("caught:", e)
try:
    "text".append("x")
except AttributeError as e:
    print("caught:", e)
try:
    Foo.missing_class_attr
except AttributeError as e:
    print("caught:", e)
f = Foo()
f.show()
