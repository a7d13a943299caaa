# Uncaught KeyError with a string key looked up in a nested helper (through a generator expression)
prices = {"apple": 1.25, "pear": 0.8}
def price_of(item):
    return prices[item]
def cart_total(cart):
    return sum(price_of(i) * n for i, n in cart)
print(cart_total([("apple", 2), ("pear", 5)]))
try:
    prices[0]
except KeyError as e:
    print("caught:", e, repr(e))
try:
    {(1, 2): "a"}[(2, 1)]
except KeyError as e:
    print("caught:", e)
print(prices.get("banana", "no banana"))
print(cart_total([("apple", 1), ("banana", 3)]))
