# Hand-rolled iterator helpers with generators: chain, zip_longest, groupby, accumulate, pairwise, window
def chain(*iterables):
    for it in iterables:
        yield from it
def zip_longest(*its, fill=None):
    iters = [iter(i) for i in its]
    while True:
        row, alive = [], 0
        for it in iters:
            try:
                row.append(next(it))
                alive += 1
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
def groupby(items, key=lambda x: x):
    it = iter(items)
    try:
        cur = next(it)
    except StopIteration:
        return
    group = [cur]
    for x in it:
        if key(x) == key(cur):
            group.append(x)
        else:
            yield key(cur), group
            group = [x]
        cur = x
    yield key(cur), group
def accumulate(xs, fn=lambda a, b: a + b):
    it = iter(xs)
    total = next(it)
    yield total
    for x in it:
        total = fn(total, x)
        yield total
def pairwise(xs):
    it = iter(xs)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
def window(xs, n):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
def cycle(xs):
    saved = list(xs)
    while saved:
        yield from saved
def islice(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(chain("ab", [1, 2], range(2), ())))
print(list(zip_longest("abc", [1], fill="-")), list(zip_longest()))
print(list(groupby("aaabccdaa")))
print([(k, len(g)) for k, g in groupby(sorted("mississippi"))])
print(list(groupby([1, 3, 5, 2, 4, 7], key=lambda v: v % 2)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate("abc")))
print(list(pairwise([1, 4, 9, 16])), [b - a for a, b in pairwise([1, 4, 9, 16])], list(pairwise([])))
print(list(window(range(6), 3)), [sum(w) / 3 for w in window([3, 6, 9, 12], 3)])
print(list(islice(cycle("xyz"), 8)), list(islice(cycle([]), 3)))
