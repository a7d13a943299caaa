# Threads: names (MainThread, explicit name, default "Thread-N (target)"), current_thread inside workers
import threading
print(threading.current_thread().name)
print(threading.current_thread() is threading.main_thread())
seen = {}
def worker():
    seen[threading.current_thread().name] = threading.current_thread() is threading.main_thread()
def helper():
    seen[threading.current_thread().name] = "helper ran"
t1 = threading.Thread(target=worker, name="worker")
print(t1.name, t1.is_alive())
t1.start()
t1.join()
print(t1.name, t1.is_alive())
t2 = threading.Thread(target=worker)
t3 = threading.Thread(target=helper)
t4 = threading.Thread(target=worker, name="custom-name")
t5 = threading.Thread(target=worker)
print(t2.name, "|", t3.name, "|", t4.name, "|", t5.name)
for t in (t2, t3, t4, t5):
    t.start()
    t.join()
for name in sorted(seen):
    print(repr(name), seen[name])
class Job(threading.Thread):
    def __init__(self, label):
        super().__init__()
        self.label = label
        self.result = None
    def run(self):
        self.result = self.label.upper() + " done in " + threading.current_thread().name
j = Job("job")
print(j.name)
j.start()
j.join()
print(j.result)
t6 = threading.Thread(target=lambda: None)
print(t6.name)
t6.name = "renamed"
print(t6.name)
t6.start()
t6.join()
t7 = threading.Thread(target=worker, daemon=True)
print(t7.name, t7.daemon, t1.daemon)
t7.start()
t7.join()
print("names recorded:", len(seen))
