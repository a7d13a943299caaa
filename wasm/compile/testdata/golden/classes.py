@register
class Account(Base, Mixin):
    "An account."
    rate = 0.5
    def __init__(self, owner):
        super().__init__()
        self.__balance = 0
        self.owner = owner
    def who(self):
        return __class__
class Empty:
    pass
