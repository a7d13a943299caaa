# Class attributes that change after instances have looked them up: the
# answers must follow every change (set, delete, a base changed, a hook
# added later).


class Base:
    greeting = "hello"

    def speak(self):
        return "base speaks"


class Child(Base):
    pass


c = Child()
print(c.greeting, c.speak())
Base.greeting = "hi"
print(c.greeting)
Child.greeting = "child's own"
print(c.greeting)
del Child.greeting
print(c.greeting)
del Base.greeting
try:
    print(c.greeting)
except AttributeError as e:
    print("AttributeError:", e)
Base.speak = lambda self: "patched"
print(c.speak())
setattr(Child, "speak", lambda self: "child patched")
print(c.speak())
delattr(Child, "speak")
print(c.speak())


log = []


def hook(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)


c.x = 1
Child.__setattr__ = hook
c.y = 2
del Child.__setattr__
c.z = 3
print(log, c.x, c.y, c.z)


class Point:
    __slots__ = ("x", "y")


p = Point()
p.x = 1
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


class Later:
    pass


obj = Later()
obj.a = 1
Later.a = property(lambda self: "from the property")
print(obj.a)
for i in range(3):
    Later.count = i
    print(obj.count, Later.count)
print(sorted(k for k in vars(obj)))
