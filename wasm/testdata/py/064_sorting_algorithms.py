# Hand-written sorting algorithms (bubble, insertion, merge, quick, counting) compared with sorted()
def bubble(xs):
    xs = list(xs)
    n = len(xs)
    swaps = 0
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swaps += 1
    return xs, swaps
def insertion(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs
def merge_sort(xs):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
def quick(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])
def counting(xs, hi):
    counts = [0] * (hi + 1)
    for x in xs:
        counts[x] += 1
    return [v for v, c in enumerate(counts) for _ in range(c)]
data = [(i * 7919) % 101 for i in range(40)]
print("input:", data)
b, swaps = bubble(data)
print("bubble:", b, "swaps:", swaps)
print("insertion ok:", insertion(data) == sorted(data))
print("merge ok:", merge_sort(data) == sorted(data))
print("quick ok:", quick(data) == sorted(data))
print("counting ok:", counting(data, 100) == sorted(data))
print("desc:", sorted(data, reverse=True)[:10])
words = "the quick brown fox jumps over the lazy dog".split()
print(merge_sort(words))
print(quick(words))
print(insertion([3.5, -1.0, 2.25, 0.0, -0.5]))
print(bubble("sorting")[0])
records = [("bob", 3), ("amy", 1), ("cal", 3), ("dee", 2), ("eve", 1)]
print(sorted(records, key=lambda r: r[1]))
print(merge_sort([(r[1], r[0]) for r in records]))
