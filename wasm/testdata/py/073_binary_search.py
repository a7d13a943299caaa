# Binary search variants: exact match, lower/upper bound, search on answer (integer sqrt), rotated array
def search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def lower_bound(xs, t):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(xs, t):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] <= t:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = list(range(0, 200, 3))
for t in [0, 3, 99, 100, 198, 199, -5]:
    print(t, search(data, t))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for t in [0, 1, 2, 4, 5, 8, 9]:
    print(t, lower_bound(dups, t), upper_bound(dups, t), upper_bound(dups, t) - lower_bound(dups, t))
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print([isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**6]])
print(isqrt(2 * 10**40), isqrt(10**100) == 10**50)
def rotated_search(xs, t):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == t:
            return mid
        if xs[lo] <= xs[mid]:
            if xs[lo] <= t < xs[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if xs[mid] < t <= xs[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
rot = [15, 18, 22, 30, 2, 5, 7, 11]
print([rotated_search(rot, t) for t in rot + [1, 16, 31]])
words = sorted("pear apple fig kiwi banana cherry grape".split())
print(words, [lower_bound(words, w) for w in ["apple", "c", "kiwi", "zzz"]])
def bisect_float(f, lo, hi, iters=60):
    for _ in range(iters):
        mid = (lo + hi) / 2
        if f(mid) > 0:
            hi = mid
        else:
            lo = mid
    return lo
root = bisect_float(lambda x: x * x - 2, 0.0, 2.0)
print(round(root, 12), f"{root:.15f}")
