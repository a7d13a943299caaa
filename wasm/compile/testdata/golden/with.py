def f(lock, path):
    with lock:
        work()
    with open(path) as fh, lock as (a, b):
        data = fh.read()
    return data
def g(lock):
    for i in range(3):
        with lock:
            if i:
                break
            return i
