"""concurrent.futures, as Lockstep provides it. Future and
ThreadPoolExecutor are native (submit, result and the waits are single
steps); the worker loop, map, wait, as_completed and done callbacks are
here, in Python, so that the submitted functions run as ordinary frames."""

import threading
from _lockstep_futures import (Future, ThreadPoolExecutor, Error,
                               CancelledError, InvalidStateError,
                               BrokenExecutor, BrokenThreadPool,
                               next_work as _next_work,
                               finish as _finish,
                               add_worker as _add_worker,
                               shutdown_start as _shutdown_start,
                               join_workers as _join_workers,
                               initializer_failed as _initializer_failed,
                               wait as _wait_futures,
                               wait_in_order as _wait_in_order,
                               format_exception as _format_exception,
                               monotonic as _time)

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

TimeoutError = TimeoutError


class DoneAndNotDoneFutures:
    """The (done, not_done) named tuple that wait() returns."""

    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __getitem__(self, i):
        return (self.done, self.not_done)[i]

    def __len__(self):
        return 2

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return f"DoneAndNotDoneFutures(done={self.done!r}, not_done={self.not_done!r})"


def _log_exception(msg, *args):
    import logging
    logging.getLogger("concurrent.futures").exception(msg, *args)


def _run_callbacks(fut, callbacks, ret):
    for callback in callbacks:
        try:
            callback(fut)
        except Exception:
            _log_exception('exception calling callback for %r', fut)
    return ret


def _worker(executor, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            import logging
            logging.getLogger("concurrent.futures").critical('Exception in initializer:', exc_info=True)
            for fut, callbacks in _initializer_failed(executor):
                _run_callbacks(fut, callbacks, None)
            return
    while True:
        item = _next_work(executor)
        if item is None:
            return
        fut, fn, args, kwargs = item
        del item
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            _finish(executor, fut, None, exc)
            del exc
        else:
            _finish(executor, fut, result, None)
            del result
        del fut, fn, args, kwargs


def _start_worker(executor, fut, name):
    t = threading.Thread(name=name, target=_worker,
                         args=(executor, executor._initializer, executor._initargs))
    t.start()
    _add_worker(executor, t, t._tid)
    return fut


def _shutdown(self, wait=True, *, cancel_futures=False):
    for fut in _shutdown_start(self, cancel_futures):
        fut.cancel()
    if wait:
        _join_workers(self)


def _exit(self, exc_type, exc_val, exc_tb):
    # Lockstep cannot wait inside __exit__ while an exception is being
    # handled (the interpreter calls it from Go), so the workers are left
    # to finish on their own then.
    _shutdown(self, wait=exc_type is None)
    return False


def _result_or_cancel(fut, timeout=None):
    # CPython cancels in a finally clause; after a result the future is
    # done and cancel() does nothing, so only a failed wait cancels here
    # (which keeps the timeline free of no-op cancels).
    try:
        return fut.result(timeout)
    except BaseException:
        fut.cancel()
        raise
    finally:
        del fut


def _map(self, fn, *iterables, timeout=None, chunksize=1):
    if timeout is not None:
        end_time = timeout + _time()
    fs = [self.submit(fn, *args) for args in zip(*iterables)]
    # Lockstep: wait here for the results (in order, up to the first that
    # fails) rather than in the iterator, so that list(executor.map(...))
    # works: the interpreter cannot wait inside list().
    _wait_in_order(fs, None if timeout is None else end_time)

    def result_iterator():
        try:
            fs.reverse()
            while fs:
                if timeout is None:
                    yield _result_or_cancel(fs.pop())
                else:
                    yield _result_or_cancel(fs.pop(), end_time - _time())
        finally:
            for future in fs:
                future.cancel()
    return result_iterator()


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done, not_done = _wait_futures(fs, timeout, return_when)
    return DoneAndNotDoneFutures(set(done), set(not_done))


def as_completed(fs, timeout=None):
    if timeout is not None:
        end_time = timeout + _time()
    fs = set(fs)
    total_futures = len(fs)
    done, pending = _wait_futures(fs, 0, '_AS_COMPLETED')
    pending = set(pending)
    for f in done:
        yield f
    while pending:
        if timeout is None:
            wait_timeout = None
        else:
            wait_timeout = end_time - _time()
            if wait_timeout < 0:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total_futures))
        done, _ = _wait_futures(pending, wait_timeout, '_AS_COMPLETED')
        if not done:
            raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total_futures))
        for f in done:
            pending.remove(f)
            yield f


class Executor:
    """The abstract base of executors."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        return _map(self, fn, *iterables, timeout=timeout, chunksize=chunksize)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ProcessPoolExecutor(Executor):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("lockstep does not support ProcessPoolExecutor (processes); use ThreadPoolExecutor")


__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'CancelledError', 'TimeoutError', 'BrokenExecutor', 'Future',
           'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor')
