# Thread: current_thread, main_thread, enumerate, active_count, names, idents
import threading

main = threading.current_thread()
print(main.name, main is threading.main_thread(), threading.active_count())
print([t.name for t in threading.enumerate()])
release = threading.Event()
seen = []

def worker():
    me = threading.current_thread()
    seen.append((me.name, me is not main, me.ident != main.ident, me.ident == threading.get_ident()))
    release.wait()

a = threading.Thread(target=worker)
b = threading.Thread(target=worker, name="custom")
print(a.name, b.name, a.ident, a.is_alive())
a.start()
b.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
release.set()
a.join()
b.join()
print(sorted(seen))
print(threading.active_count(), a.is_alive())
print(repr(a).startswith("<Thread(Thread-1 (worker), stopped "), repr(threading.Thread(name="x")))

class Worker(threading.Thread):
    def run(self):
        seen.append("subclass run in " + self.name)

w = Worker()
w.start()
w.join()
print(seen[-1])
w2 = threading.Thread(target=print, args=("args", "and"), kwargs={"sep": "-"})
w2.start()
w2.join()
