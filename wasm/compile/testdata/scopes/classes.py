# Class scopes: methods see globals, not class names; __class__ cells; free
# variables through class bodies; names both bound in the class and free in
# a method.
x = 1
class A:
    x = 2
    def m(self):
        return x
    def n(self):
        return super().n()
    def o(self):
        return __class__
    def p(self):
        def inner():
            return super()
        return inner
    ys = [x for _ in range(3)]
    zs = [y for y in range(x)]
    g = (i * x for i in range(3))
def outer():
    a = 1
    b = 2
    class B:
        a = 3
        print(b)
        def m(self):
            return a + b
        class C:
            def n(self):
                return a
    return B
def outer2():
    v = 1
    class D:
        nonlocal v
        v = 2
        def get(self):
            return v
    return D
class E:
    __private = 1
    def __m(self, __p):
        self.__attr = __p
        return self.__private
    class __F:
        def g(self):
            return __E
    def h(self):
        return lambda: super()
class _Under:
    def __x(self):
        return self.__y
def f():
    class G:
        def h(self):
            return f, G
    return G
def deco(f):
    return f
@deco
class H:
    @deco
    @staticmethod
    def s():
        pass
