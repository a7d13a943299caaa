# Threads: each worker appends to its own list; results printed only after join()
import threading
def work(ident, out, n):
    for i in range(n):
        out.append(ident * 100 + i)
results = [[] for _ in range(4)]
threads = [threading.Thread(target=work, args=(k, results[k], 5 + k)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k, r in enumerate(results):
    print("worker", k, "produced", len(r), r)
print("total items:", sum(len(r) for r in results))
print("all finished:", all(not t.is_alive() for t in threads))
squares = [None] * 8
def square_slot(i):
    squares[i] = i * i
ts = [threading.Thread(target=square_slot, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("squares:", squares)
def kw_target(a, b=0, *, c=0):
    out_kw.append(a + b + c)
out_kw = []
t = threading.Thread(target=kw_target, args=(1,), kwargs={"b": 10, "c": 100})
t.start()
t.join()
print("kwargs result:", out_kw)
def sequential_print(n):
    print("thread", n, "running")
for n in range(3):
    th = threading.Thread(target=sequential_print, args=(n,))
    th.start()
    th.join()
    print("joined", n)
print("active threads at end:", threading.active_count())
