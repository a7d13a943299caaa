# ThreadPoolExecutor.map: results in input order, whatever the finishing order
from concurrent.futures import ThreadPoolExecutor
import time

def slow(x):
    time.sleep(0.05 * (5 - x))
    return x * 10

with ThreadPoolExecutor(max_workers=5) as ex:
    print(list(ex.map(slow, range(5))))
    for r in ex.map(pow, [2, 3, 4], [3, 2, 1]):
        print(r)
    print(sorted(ex.map(len, ["a", "bb", ""])))
    it = ex.map(lambda x: 1 / x, [1, 0, 2])
    try:
        for r in it:
            print("got", r)
    except ZeroDivisionError as e:
        print("map re-raises:", e)
