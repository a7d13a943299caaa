# @property with setter and validation, read-only property error, property() with getter/setter/deleter
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
class Managed:
    def __init__(self):
        self._x = None
    def getx(self):
        return self._x
    def setx(self, v):
        print("setting", v)
        self._x = v
    def delx(self):
        print("deleting")
        self._x = "deleted"
    x = property(getx, setx, delx)
m = Managed()
m.x = 10
print(m.x)
del m.x
print(m.x)
print(type(Temperature.__dict__["celsius"]).__name__)
