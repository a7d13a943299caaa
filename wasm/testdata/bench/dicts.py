# Benchmark: dict and list work (~350k operations): inserts, lookups, updates, appends, sorting
d = {}
for i in range(110000):
    d[i % 5003] = d.get(i % 5003, 0) + i
keys = list(d)
lst = []
for k in keys:
    lst.append(d[k] % 1000)
buckets = {}
for i, v in enumerate(lst * 22):
    buckets.setdefault(v % 97, []).append(i)
total = 0
for k in sorted(buckets):
    total += len(buckets[k]) * k
lst.sort()
print(len(d), sum(lst), total, lst[:5], lst[-3:])
