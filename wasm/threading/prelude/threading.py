"""threading, as Lockstep provides it: the Thread class and friends in
Python, over the runtime's primitives (Lock, RLock, Condition, Semaphore,
BoundedSemaphore, Event, Barrier are native)."""

from _lockstep import (Lock, RLock, Condition, Semaphore, BoundedSemaphore,
                       Event, Barrier, BrokenBarrierError, start_thread,
                       join_thread, thread_alive, current_object, set_object,
                       thread_ident, active_objects, default_excepthook,
                       monotonic as _time, local)

TIMEOUT_MAX = 9223372036.0
_counter = 0


def _newname(suffix=""):
    global _counter
    _counter += 1
    return f"Thread-{_counter}{suffix}"


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __repr__(self):
        return (f"ExceptHookArgs(exc_type={self.exc_type!r}, exc_value={self.exc_value!r}, "
                f"exc_traceback={self.exc_traceback!r}, thread={self.thread!r})")


excepthook = default_excepthook
__excepthook__ = default_excepthook


class Thread:
    # an unstarted thread's state, shadowed per instance by start(): fewer
    # attributes per instance keep Thread(...) cheap under exploration
    _started = False
    _tid = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            suffix = ""
            if target is not None:
                try:
                    suffix = f" ({target.__name__})"
                except AttributeError:
                    pass
            name = _newname(suffix)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread()._daemonic
        self._initialized = True

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._started and not self.is_alive():
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._tid is not None:
            status += f" {self.ident}"
        return f"<{self.__class__.__name__}({self._name}, {status})>"

    def start(self):
        if not getattr(self, "_initialized", False):
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._tid = start_thread(self, self._name, self._daemonic)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(ExceptHookArgs(type(exc), exc, None, self))

    def join(self, timeout=None):
        if not getattr(self, "_initialized", False):
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        join_thread(self._tid, timeout)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        if self._tid is None:
            return None
        return thread_ident(self._tid)

    @property
    def native_id(self):
        return self.ident

    def is_alive(self):
        return self._started and thread_alive(self._tid)

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._tid = 0


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    obj = current_object()
    if obj is None:
        return _main_thread
    return obj


currentThread = current_thread


def main_thread():
    return _main_thread


def get_ident():
    return current_thread().ident


get_native_id = get_ident


def active_count():
    return len(active_objects())


activeCount = active_count


def enumerate():
    return active_objects()


def _wait_for(cond, predicate, timeout=None):
    endtime = None
    waittime = timeout
    result = predicate()
    while not result:
        if waittime is not None:
            if endtime is None:
                endtime = _time() + waittime
            else:
                waittime = endtime - _time()
                if waittime <= 0:
                    break
        cond.wait(waittime)
        result = predicate()
    return result


def settrace(func):
    pass


def setprofile(func):
    pass


def stack_size(size=0):
    return 0


_main_thread = _MainThread()
set_object(0, _main_thread)

__all__ = ["get_ident", "active_count", "Condition", "current_thread",
           "enumerate", "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock",
           "Semaphore", "BoundedSemaphore", "Thread", "Barrier",
           "BrokenBarrierError", "Timer", "ThreadError", "setprofile",
           "settrace", "local", "stack_size", "excepthook", "ExceptHookArgs",
           "get_native_id"]
ThreadError = RuntimeError
