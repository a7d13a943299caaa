# Bank simulation: classes, custom exceptions, class-level registry, properties, transaction log
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class AccountClosed(Exception):
    pass
class Account:
    next_id = 1000
    registry = {}
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self._balance = balance
        self.log = []
        self.closed = False
        Account.registry[self.id] = self
    @property
    def balance(self):
        return self._balance
    def _check(self):
        if self.closed:
            raise AccountClosed(f"account {self.id} is closed")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("dep", amount))
    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.log.append(("wd", amount))
    def transfer(self, other, amount):
        self.withdraw(amount)
        try:
            other.deposit(amount)
        except AccountClosed:
            self.deposit(amount)
            raise
    def __repr__(self):
        return f"<Account {self.id} {self.owner} {self._balance}>"
alice = Account("alice", 100)
bob = Account("bob")
carol = Account("carol", 50)
alice.deposit(25)
alice.transfer(bob, 60)
print(alice, bob, carol)
ops = [
    lambda: bob.withdraw(100),
    lambda: alice.deposit(-5),
    lambda: carol.transfer(alice, 50),
    lambda: setattr(carol, "closed", True),
    lambda: carol.deposit(1),
    lambda: bob.transfer(carol, 10),
    lambda: alice.balance.__add__(1),
]
for i, op in enumerate(ops):
    try:
        result = op()
        print(i, "ok", result)
    except InsufficientFunds as e:
        print(i, "InsufficientFunds:", e, e.needed - e.available)
    except (ValueError, AccountClosed) as e:
        print(i, type(e).__name__ + ":", e)
print(sorted(Account.registry.items()))
for acct in Account.registry.values():
    print(acct.owner, acct.balance, acct.log)
try:
    alice.balance = 10**6
except AttributeError as e:
    print("AttributeError:", e)
total = sum(a.balance for a in Account.registry.values())
print("bank total:", total)
