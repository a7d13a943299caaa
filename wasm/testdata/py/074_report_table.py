# Formatted report: aggregating records, column alignment with f-strings and str methods, totals
sales = [
    ("2024-01", "north", "widget", 12, 2.50),
    ("2024-01", "south", "gadget", 3, 19.99),
    ("2024-02", "north", "gadget", 7, 19.99),
    ("2024-02", "east", "widget", 40, 2.45),
    ("2024-03", "south", "widget", 18, 2.55),
    ("2024-03", "east", "gizmo", 1, 149.00),
    ("2024-03", "north", "widget", 25, 2.50),
]
header = f"{'month':<8}|{'region':^8}|{'product':>8}|{'qty':>5}|{'price':>8}|{'amount':>10}"
print(header)
print("-" * len(header))
grand = 0.0
for month, region, product, qty, price in sales:
    amount = qty * price
    grand += amount
    print(f"{month:<8}|{region:^8}|{product:>8}|{qty:>5d}|{price:>8.2f}|{amount:>10,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<8}|{'':^8}|{'':>8}|{sum(s[3] for s in sales):>5d}|{'':>8}|{grand:>10,.2f}")
by_region = {}
for _, region, _, qty, price in sales:
    by_region[region] = by_region.get(region, 0) + qty * price
print()
for region in sorted(by_region, key=by_region.get, reverse=True):
    share = by_region[region] / grand
    bar = "*" * int(share * 40)
    print(f"{region.title():<6} {by_region[region]:9.2f} {share:6.1%} {bar}")
by_product = {}
for row in sales:
    entry = by_product.setdefault(row[2], {"qty": 0, "orders": 0})
    entry["qty"] += row[3]
    entry["orders"] += 1
print()
for prod, e in sorted(by_product.items()):
    print(prod.ljust(10, "."), str(e["qty"]).rjust(4), "units in", e["orders"], "orders", "(avg %.1f)" % (e["qty"] / e["orders"]))
months = sorted({s[0] for s in sales})
print()
print("month   " + "".join(r.center(9) for r in sorted(by_region)))
for m in months:
    cells = []
    for r in sorted(by_region):
        v = sum(s[3] * s[4] for s in sales if s[0] == m and s[1] == r)
        cells.append(f"{v:9.2f}" if v else f"{'-':>9}")
    print(f"{m:<8}" + "".join(cells))
