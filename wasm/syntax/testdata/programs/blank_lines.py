def f():
    x = 1

    return x


class C:
    a = 1
    
    def m(self):
        pass
  # comment at odd indent

    def n(self):

        return 2
z = 2
if z:
	if z:
		pass

	z = 3
