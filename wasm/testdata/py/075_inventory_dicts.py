# Nested data processing: dicts of lists of dicts, grouping, merging, filtering, JSON-like printing
inventory = {
    "fruit": [{"name": "apple", "qty": 50, "price": 0.4}, {"name": "kiwi", "qty": 0, "price": 0.9}],
    "dairy": [{"name": "milk", "qty": 12, "price": 1.2}, {"name": "cheese", "qty": 4, "price": 6.5}],
    "bakery": [{"name": "bread", "qty": 7, "price": 2.25}],
}
print(inventory["dairy"][1]["name"], len(inventory), sum(len(v) for v in inventory.values()))
out_of_stock = [item["name"] for items in inventory.values() for item in items if item["qty"] == 0]
print("out of stock:", out_of_stock)
value = {cat: round(sum(i["qty"] * i["price"] for i in items), 2) for cat, items in inventory.items()}
print(value)
print(max(value, key=value.get), min(value.items(), key=lambda kv: kv[1]))
restock = {"kiwi": 30, "bread": 5, "eggs": 24}
for items in inventory.values():
    for item in items:
        item["qty"] += restock.pop(item["name"], 0)
print("unmatched restock:", restock)
inventory.setdefault("dairy", []).append({"name": "eggs", "qty": 24, "price": 0.25})
inventory.setdefault("frozen", [])
flat = sorted(((cat, i["name"], i["qty"]) for cat, items in inventory.items() for i in items), key=lambda t: (-t[2], t[1]))
for row in flat:
    print(row)
def dump(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        print(pad + "{")
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                print(pad + f"  {k!r}:")
                dump(v, indent + 2)
            else:
                print(pad + f"  {k!r}: {v!r}")
        print(pad + "}")
    elif isinstance(obj, list):
        print(pad + "[")
        for v in obj:
            if isinstance(v, (dict, list)):
                dump(v, indent + 1)
            else:
                print(pad + "  " + repr(v))
        print(pad + "]")
dump({"bakery": inventory["bakery"], "frozen": inventory["frozen"], "tags": ["a", 1, None]})
merged = {}
for d in ({"a": 1, "b": 2}, {"b": 3, "c": 4}, {"a": 5}):
    for k, v in d.items():
        merged.setdefault(k, []).append(v)
print(merged)
print({k: sum(v) for k, v in merged.items()}, {k: v for k, v in merged.items() if len(v) > 1})
counts = {}
for cat, items in inventory.items():
    counts[len(items)] = counts.get(len(items), []) + [cat]
print(dict(sorted(counts.items())))
