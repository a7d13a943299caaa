# Attribute hooks: __getattr__ fallback, __setattr__ interception via object.__setattr__, __slots__
class Record:
    def __init__(self, **fields):
        self._fields = dict(fields)
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self._fields.items())
        return f"Record({inner})"
r = Record(name="Ann", age=31)
print(r.name, r.age, r, hasattr(r, "age"), hasattr(r, "email"), getattr(r, "email", "n/a"))
try:
    r.email
except AttributeError as e:
    print("AttributeError:", e)
class Audited:
    def __init__(self):
        object.__setattr__(self, "changes", [])
        self.x = 0
    def __setattr__(self, name, value):
        self.changes.append((name, value))
        object.__setattr__(self, name, value)
a = Audited()
a.x = 5
a.y = "why"
a.x += 1
print(a.x, a.y, a.changes)
class Point3:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"
p = Point3(1, 2, 3)
p.z = 30
print(p, hasattr(p, "__dict__"))
try:
    p.w = 4
except AttributeError as e:
    print("AttributeError:", e)
