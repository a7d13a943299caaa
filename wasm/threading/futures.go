package threading

import (
	"fmt"
	"strconv"
	"strings"

	"lockstep/wasm/vm"
)

// This file implements the native half of concurrent.futures: Future and
// ThreadPoolExecutor are Go objects, so that submit, result and the
// waiting done by wait/as_completed are single steps that block with a
// vm.Block on the virtual clock. The Python half (prelude/
// concurrent_futures.py) holds the worker loop, which calls the submitted
// functions as real frames, map, wait, as_completed and the callbacks.

// futureState is a Future's state, named as CPython names them.
type futureState uint8

const (
	futPending futureState = iota
	futRunning
	futCancelled
	futCancelledNotified
	futFinished
)

var futureStateNames = [...]string{"PENDING", "RUNNING", "CANCELLED", "CANCELLED_AND_NOTIFIED", "FINISHED"}

// Future is concurrent.futures.Future: the result of a call that runs
// in another thread.
type Future struct {
	vm.Header
	state     futureState
	result    vm.Value
	exc       *vm.Exception
	callbacks []vm.Value
	desc      string     // the call, for the trace: "work(3)"
	worker    *vm.Thread // the thread running it, once running
	doneSeq   int        // completion order (1, 2, ...), 0 while not done
	doneAt    int        // step of completion, for wake causes
}

// Executor is concurrent.futures.ThreadPoolExecutor.
type Executor struct {
	vm.Header
	maxWorkers  int
	prefix      string
	queue       []*workItem
	workers     []*vm.Thread // started worker threads, in order
	workerObjs  []vm.Value   // their threading.Thread objects
	nthreads    int          // workers started or being started
	idle        int          // CPython's _idle_semaphore
	shutdown    bool
	broken      string // why the pool is broken (an initializer failed), or ""
	initializer vm.Value
	initargs    vm.Value
	shutdownAt  int
	submitAt    int
}

// workItem is a submitted call waiting for a worker.
type workItem struct {
	fut    *Future
	fn     vm.Value
	args   vm.Tuple
	kwargs *vm.Dict
}

// futuresState is the per-run state of the futures module: the completion
// counter (for as_completed's order) and the executor counter (for thread
// names). It lives in the _lockstep_futures module of each machine.
type futuresState struct {
	vm.Header
	seq       int
	executors int
}

// The concurrent.futures types.
var (
	FutureType   = vm.NewBuiltinType("concurrent.futures._base", "Future", nil)
	ExecutorType = vm.NewBuiltinType("concurrent.futures.thread", "ThreadPoolExecutor", nil)
	// FuturesErrorType is concurrent.futures._base.Error.
	FuturesErrorType = vm.NewBuiltinType("concurrent.futures._base", "Error", vm.ExceptionType)
	// CancelledErrorType is concurrent.futures.CancelledError.
	CancelledErrorType = vm.NewBuiltinType("concurrent.futures._base", "CancelledError", FuturesErrorType)
	// InvalidStateErrorType is concurrent.futures.InvalidStateError.
	InvalidStateErrorType = vm.NewBuiltinType("concurrent.futures._base", "InvalidStateError", FuturesErrorType)
	// BrokenExecutorType is concurrent.futures.BrokenExecutor.
	BrokenExecutorType = vm.NewBuiltinType("concurrent.futures._base", "BrokenExecutor", vm.RuntimeErrorType)
	// BrokenThreadPoolType is concurrent.futures.thread.BrokenThreadPool.
	BrokenThreadPoolType = vm.NewBuiltinType("concurrent.futures.thread", "BrokenThreadPool", BrokenExecutorType)
	futuresStateType     = vm.NewBuiltinType("_lockstep_futures", "state", nil)
)

// Type implements vm.Value.
func (*Future) Type() *vm.Type { return FutureType }

// Type implements vm.Value.
func (*Executor) Type() *vm.Type { return ExecutorType }

// Type implements vm.Value.
func (*futuresState) Type() *vm.Type { return futuresStateType }

func stateOf(th *vm.Thread) *futuresState {
	if mod := th.Machine().Module("_lockstep_futures"); mod != nil {
		if v, ok := mod.Dict.GetStr("_state"); ok {
			return v.(*futuresState)
		}
	}
	return &futuresState{}
}

// futuresFunc finds a helper of the concurrent.futures prelude.
func futuresFunc(th *vm.Thread, name string) (vm.Value, error) {
	mod := th.Machine().Module("concurrent.futures")
	if mod == nil {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: concurrent.futures is not loaded")
	}
	fn, ok := mod.Dict.GetStr(name)
	if !ok {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: concurrent.futures.%s is missing", name)
	}
	return fn, nil
}

func (f *Future) done() bool {
	return f.state == futCancelled || f.state == futCancelledNotified || f.state == futFinished
}

// completed is "done" as wait() and as_completed() count it: finished, or
// cancelled and noticed by a worker.
func (f *Future) completed() bool { return f.state == futCancelledNotified || f.state == futFinished }

func (f *Future) cancelled() bool { return f.state == futCancelled || f.state == futCancelledNotified }

func (f *Future) complete(th *vm.Thread, st futureState) {
	f.state = st
	s := stateOf(th)
	s.seq++
	f.doneSeq = s.seq
	f.doneAt = th.Step()
}

// stateText describes a future for reprs: "pending", "finished returned
// int".
func (f *Future) stateText() string {
	switch f.state {
	case futPending:
		return "pending"
	case futRunning:
		return "running"
	case futCancelled, futCancelledNotified:
		return "cancelled"
	}
	if f.exc != nil {
		return "finished raised " + f.exc.Class.Name
	}
	return "finished returned " + vm.TypeName(f.result)
}

// Describe implements vm.Describer.
func (f *Future) Describe(m *vm.Machine) vm.PrimitiveInfo {
	info := vm.PrimitiveInfo{Type: "Future", Waiters: waitersOf(m, f)}
	switch f.state {
	case futPending:
		info.Text = "pending: " + f.desc
	case futRunning:
		info.Text = "running " + f.desc
		if f.worker != nil {
			info.Text += " in " + f.worker.Label()
		}
	case futCancelled, futCancelledNotified:
		info.Text = "cancelled: " + f.desc
	default:
		if f.exc != nil {
			info.Text = f.desc + " raised " + f.exc.Class.Name
		} else {
			info.Text = f.desc + " → " + valueRepr(f.result)
		}
	}
	return appendWaiters(m, info)
}

func (f *Future) repr(th *vm.Thread) string {
	var id uint64
	if th != nil {
		id = f.ObjectID(th.Machine())
	}
	return "<Future at 0x" + strconv.FormatUint(vm.FakeAddress(id), 16) + " state=" + f.stateText() + ">"
}

// callDesc describes a submitted call: "work(3)", "<lambda>()".
func callDesc(fn vm.Value, args vm.Tuple, kwargs *vm.Dict) string {
	name := "call"
	switch x := fn.(type) {
	case *vm.Function:
		name = x.Name
	case *vm.Builtin:
		name = x.Name
	case *vm.BoundMethod:
		if f, ok := x.Func.(*vm.Function); ok {
			name = f.Name
		}
	case *vm.Type:
		name = x.Name
	}
	var parts []string
	for _, a := range args {
		parts = append(parts, valueRepr(a))
	}
	if kwargs != nil {
		kwargs.Range(func(k, v vm.Value) bool {
			ks, _ := k.(vm.Str)
			parts = append(parts, string(ks)+"="+valueRepr(v))
			return true
		})
	}
	s := name + "(" + strings.Join(parts, ", ") + ")"
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

// runCallbacks returns what a Future method returns when done callbacks
// must run: a call of the prelude's _run_callbacks, which calls them as
// real frames and returns ret.
func runCallbacks(th *vm.Thread, f *Future, cbs []vm.Value, ret vm.Value) (vm.Value, error) {
	if len(cbs) == 0 {
		return ret, nil
	}
	fn, err := futuresFunc(th, "_run_callbacks")
	if err != nil {
		return nil, err
	}
	return nil, &vm.CallRequest{Fn: fn, Args: []vm.Value{f, vm.NewList(append([]vm.Value(nil), cbs...)), ret}}
}

func newFuture(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 1 {
		return nil, vm.Errorf(vm.TypeErrorType, "Future.__init__() takes 1 positional argument but %d were given", len(args))
	}
	return &Future{desc: "future"}, nil
}

// futureWait is result() and exception(): wait until the future is done
// (or the timeout passes), then report.
func futureWait(wantResult bool) vm.NativeFunc {
	fname := "exception"
	if wantResult {
		fname = "result"
	}
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		f := args[0].(*Future)
		a, err := bindPy("Future."+fname, args, kwnames, []string{"timeout"}, []vm.Value{vm.None})
		if err != nil {
			return nil, err
		}
		var secs float64
		timed := a[0] != vm.None
		if timed {
			switch a[0].(type) {
			case vm.Int, vm.Float, vm.Bool:
			default:
				return nil, vm.Errorf(vm.TypeErrorType, "'>' not supported between instances of '%s' and 'int'", vm.TypeName(a[0]))
			}
			if secs, err = vm.ToSeconds(a[0]); err != nil {
				return nil, err
			}
		}
		name := th.CallTarget(f, f.desc)
		m := th.Machine()
		if f.done() {
			if th.Probing() {
				return nil, nil
			}
			m.RecordAccess(f, "", true)
			cause := 0
			if th.Resumed() {
				cause = f.doneAt
			}
			switch {
			case f.cancelled():
				th.EventCause("get", name, "", th.Label()+" finds "+name+" cancelled: CancelledError", cause)
				return nil, vm.NewException(CancelledErrorType)
			case !wantResult:
				v := vm.Value(vm.None)
				if f.exc != nil {
					v = f.exc
				}
				th.EventCause("get", name, valueRepr(v), th.Label()+" gets the exception of "+name+" → "+valueRepr(v), cause)
				return v, nil
			case f.exc != nil:
				th.EventCause("get", name, "", th.Label()+" gets the result of "+name+": it raised "+f.exc.Class.Name, cause)
				return nil, f.exc
			}
			r := valueRepr(f.result)
			th.EventCause("get", name, r, th.Label()+" gets the result of "+name+" → "+r, cause)
			return f.result, nil
		}
		if th.TimedOut() || timed && secs <= 0 {
			if th.Probing() {
				return nil, nil
			}
			m.RecordAccess(f, "", true)
			th.Event("timeout", name, "", th.Label()+" stops waiting for "+name+" (timeout): TimeoutError")
			return nil, vm.NewException(vm.TimeoutErrorType)
		}
		b := &vm.Block{State: vm.StateWaiting, On: f, What: "the result of " + name, Ready: f.done,
			Holder: func() int {
				if f.worker != nil && f.state == futRunning {
					return f.worker.ID
				}
				return -1
			}}
		if timed {
			b.Deadline, b.HasDeadline = deadlineOf(th, secs), true
		}
		return nil, b
	}
}

// futureRead makes done, running and cancelled.
func futureRead(fname string, pred func(f *Future) bool) vm.NativeFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := noArgsPy("Future."+fname, args, kwnames); err != nil {
			return nil, err
		}
		f := args[0].(*Future)
		v := pred(f)
		th.Machine().RecordAccess(f, "", false)
		th.Event("read", th.CallTarget(f, f.desc)+"."+fname+"()", reprBool(v), "")
		return boolValue(v), nil
	}
}

func futureCancel(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := noArgsPy("Future.cancel", args, kwnames); err != nil {
		return nil, err
	}
	f := args[0].(*Future)
	return f.cancel(th, th.CallTarget(f, f.desc))
}

func (f *Future) cancel(th *vm.Thread, name string) (vm.Value, error) {
	th.Machine().RecordAccess(f, "", true)
	switch f.state {
	case futRunning, futFinished:
		th.Event("call", name+".cancel()", "False", th.Label()+" cannot cancel "+name+" (it is "+strings.ToLower(futureStateNames[f.state])+")")
		return vm.False, nil
	case futCancelled, futCancelledNotified:
		return vm.True, nil
	}
	f.state = futCancelled
	f.doneAt = th.Step()
	th.Event("call", name+".cancel()", "True", th.Label()+" cancels "+name)
	cbs := f.callbacks
	f.callbacks = nil
	return runCallbacks(th, f, cbs, vm.True)
}

func futureAddDoneCallback(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	f := args[0].(*Future)
	a, err := bindPy("Future.add_done_callback", args, kwnames, []string{"fn"}, []vm.Value{nil})
	if err != nil {
		return nil, err
	}
	th.Machine().RecordAccess(f, "", true)
	if !f.done() {
		f.callbacks = append(f.callbacks, a[0])
		return vm.None, nil
	}
	return runCallbacks(th, f, []vm.Value{a[0]}, vm.None)
}

// futureSet is set_result and set_exception.
func futureSet(isExc bool) vm.NativeFunc {
	fname := "set_result"
	param := "result"
	if isExc {
		fname, param = "set_exception", "exception"
	}
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		f := args[0].(*Future)
		a, err := bindPy("Future."+fname, args, kwnames, []string{param}, []vm.Value{nil})
		if err != nil {
			return nil, err
		}
		if f.done() {
			return nil, vm.Errorf(InvalidStateErrorType, "%s: %s", futureStateNames[f.state], f.repr(th))
		}
		name := th.CallTarget(f, f.desc)
		if isExc {
			exc, ok := a[0].(*vm.Exception)
			if !ok {
				if t, isType := a[0].(*vm.Type); isType && t.IsSubtype(vm.BaseExceptionType) {
					r, err := th.Call(t, nil, nil)
					if err != nil {
						return nil, err
					}
					exc, ok = r.(*vm.Exception)
				}
				if !ok {
					return nil, vm.Errorf(vm.TypeErrorType, "exceptions must derive from BaseException")
				}
			}
			f.exc = exc
			th.Event("set", name, exc.Class.Name, th.Label()+" finishes "+name+": it raised "+exc.Class.Name)
		} else {
			f.result = a[0]
			r := valueRepr(a[0])
			th.Event("set", name, r, th.Label()+" finishes "+name+" → "+r)
		}
		f.complete(th, futFinished)
		th.Machine().RecordAccess(f, "", true)
		cbs := f.callbacks
		f.callbacks = nil
		return runCallbacks(th, f, cbs, vm.None)
	}
}

func futureSetRunning(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := noArgsPy("Future.set_running_or_notify_cancel", args, kwnames); err != nil {
		return nil, err
	}
	f := args[0].(*Future)
	th.Machine().RecordAccess(f, "", true)
	switch f.state {
	case futCancelled:
		f.complete(th, futCancelledNotified)
		return vm.False, nil
	case futPending:
		f.state = futRunning
		f.worker = th
		return vm.True, nil
	}
	return nil, vm.Errorf(vm.RuntimeErrorType, "Future in unexpected state")
}

// Describe implements vm.Describer.
func (e *Executor) Describe(m *vm.Machine) vm.PrimitiveInfo {
	info := vm.PrimitiveInfo{Type: "ThreadPoolExecutor", Value: ptr(len(e.queue)), Waiters: waitersOf(m, e)}
	var b strings.Builder
	fmt.Fprintf(&b, "%d of %d workers", len(e.workers), e.maxWorkers)
	if len(e.workers) > 0 {
		b.WriteString(":")
		for _, t := range e.workers {
			b.WriteString(" " + t.Label())
		}
	}
	if len(e.queue) > 0 {
		b.WriteString("; queued:")
		for i, w := range e.queue {
			if i == 6 {
				b.WriteString(" …")
				break
			}
			b.WriteString(" " + w.fut.desc)
		}
	}
	if e.shutdown {
		b.WriteString("; shut down")
	}
	if e.broken != "" {
		b.WriteString("; broken")
	}
	info.Text = b.String()
	return info
}

func newExecutor(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	a, err := bindPy("ThreadPoolExecutor.__init__", args, kwnames, []string{"max_workers", "thread_name_prefix", "initializer", "initargs"},
		[]vm.Value{vm.None, vm.Str(""), vm.None, vm.EmptyTuple})
	if err != nil {
		return nil, err
	}
	e := &Executor{maxWorkers: 8, initializer: a[2], initargs: a[3]} // min(32, cpu_count() + 4) with 4 CPUs
	if a[0] != vm.None {
		n, ok := vm.ToInt(a[0])
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "'<=' not supported between instances of '%s' and 'int'", vm.TypeName(a[0]))
		}
		if n <= 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "max_workers must be greater than 0")
		}
		e.maxWorkers = int(n)
	}
	if e.initializer != vm.None {
		if ok, _ := isCallableValue(th, e.initializer); !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "initializer must be a callable")
		}
	}
	s := stateOf(th)
	if p, _ := a[1].(vm.Str); p != "" {
		e.prefix = string(p)
	} else {
		e.prefix = fmt.Sprintf("ThreadPoolExecutor-%d", s.executors)
	}
	s.executors++
	return e, nil
}

// isCallableValue is callable(v), through the builtin.
func isCallableValue(th *vm.Thread, v vm.Value) (bool, error) {
	b, ok := th.Machine().MainModule().Dict.GetStr("__builtins__")
	if !ok {
		return true, nil
	}
	fn, err := vm.GetAttr(th, b, "callable")
	if err != nil {
		return true, nil
	}
	r, err := th.Call(fn, []vm.Value{v}, nil)
	if err != nil {
		return false, err
	}
	return r == vm.True, nil
}

func executorSubmit(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	e := args[0].(*Executor)
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return nil, vm.Errorf(vm.TypeErrorType, "ThreadPoolExecutor.submit() missing 1 required positional argument: 'fn'")
	}
	fn := args[1]
	callArgs := append(vm.Tuple(nil), args[2:npos]...)
	if callArgs == nil {
		callArgs = vm.EmptyTuple
	}
	kwargs := vm.NewDict()
	for i, k := range kwnames {
		kwargs.SetStr(k, args[npos+i])
	}
	if e.broken != "" {
		return nil, vm.NewException(BrokenThreadPoolType, vm.Str(e.broken))
	}
	if e.shutdown {
		return nil, vm.Errorf(vm.RuntimeErrorType, "cannot schedule new futures after shutdown")
	}
	m := th.Machine()
	if m.Thread(0).Done() {
		return nil, vm.Errorf(vm.RuntimeErrorType, "cannot schedule new futures after interpreter shutdown")
	}
	f := &Future{desc: callDesc(fn, callArgs, kwargs)}
	e.queue = append(e.queue, &workItem{fut: f, fn: fn, args: callArgs, kwargs: kwargs})
	e.submitAt = th.Step()
	m.RecordAccess(e, "", true)
	name := th.CallTarget(e, "executor")
	th.Event("submit", name, f.desc, th.Label()+" submits "+f.desc+" to "+name)
	// _adjust_thread_count
	if e.idle > 0 {
		e.idle--
		return f, nil
	}
	if e.nthreads < e.maxWorkers {
		tname := fmt.Sprintf("%s_%d", e.prefix, e.nthreads)
		e.nthreads++
		start, err := futuresFunc(th, "_start_worker")
		if err != nil {
			return nil, err
		}
		return nil, &vm.CallRequest{Fn: start, Args: []vm.Value{e, f, vm.Str(tname)}}
	}
	return f, nil
}

// addWorker records a started worker thread (called by _start_worker).
func addWorker(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 3 {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: _add_worker")
	}
	e, ok := args[0].(*Executor)
	t, err := threadArg(th, args[2])
	if !ok || err != nil {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: _add_worker")
	}
	e.workers = append(e.workers, t)
	e.workerObjs = append(e.workerObjs, args[1])
	return vm.None, nil
}

// workerState is the op state of a _next_work call that has already
// skipped cancelled work and must now wait.
type workerState struct{}

// nextWork is the worker loop's get, one step: it returns the next work
// item as (future, fn, args, kwargs) with the future marked running, or None
// when the worker should exit (the executor is shut down, or the main
// thread has finished: CPython's exit handler then shuts every executor
// down, and its workers finish the queued work first). Work whose future
// was cancelled is dropped on the way (its future becomes
// CANCELLED_AND_NOTIFIED), as CPython's worker does with
// set_running_or_notify_cancel.
func nextWork(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 1 {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: _next_work")
	}
	e, ok := args[0].(*Executor)
	if !ok {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: _next_work")
	}
	m := th.Machine()
	main := m.Thread(0)
	name := th.CallTarget(e, "executor")
	if len(e.queue) > 0 || e.shutdown || main.Done() {
		if th.Probing() {
			return nil, nil
		}
		m.RecordAccess(e, "", true)
		for len(e.queue) > 0 {
			w := e.queue[0]
			e.queue[0] = nil
			e.queue = e.queue[1:]
			m.RecordAccess(w.fut, "", true)
			if w.fut.state == futCancelled {
				w.fut.complete(th, futCancelledNotified)
				e.idle++ // CPython releases the idle semaphore after any item
				th.Event("get", name, w.fut.desc, th.Label()+" drops "+w.fut.desc+" from "+name+" (cancelled)")
				continue
			}
			w.fut.state = futRunning
			w.fut.worker = th
			cause := 0
			if th.Resumed() {
				cause = e.submitAt
			}
			th.EventCause("get", name, w.fut.desc, th.Label()+" takes "+w.fut.desc+" from "+name, cause)
			return vm.Tuple{w.fut, w.fn, w.args, w.kwargs}, nil
		}
		if e.shutdown || main.Done() {
			m.ThreadAccess(main, false)
			return vm.None, nil
		}
		th.SetOpState(workerState{})
	}
	return nil, &vm.Block{State: vm.StateWaiting, On: e, What: "work from " + name,
		Ready: func() bool { return len(e.queue) > 0 || e.shutdown || main.Done() }}
}

// finishWork ends a work item, one step: it sets the future's result or
// exception, counts the worker idle again (CPython's
// _idle_semaphore.release) and runs the done callbacks.
func finishWork(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 4 {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: _finish")
	}
	e, ok1 := args[0].(*Executor)
	f, ok2 := args[1].(*Future)
	if !ok1 || !ok2 {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: _finish")
	}
	e.idle++
	m := th.Machine()
	m.RecordAccess(e, "", true)
	m.RecordAccess(f, "", true)
	if f.done() {
		return vm.None, nil
	}
	if exc, ok := args[3].(*vm.Exception); ok {
		f.exc = exc
		th.Event("set", f.desc, exc.Class.Name, th.Label()+" finishes "+f.desc+": it raised "+exc.Class.Name)
	} else {
		f.result = args[2]
		r := valueRepr(args[2])
		th.Event("set", f.desc, r, th.Label()+" finishes "+f.desc+" → "+r)
	}
	f.complete(th, futFinished)
	cbs := f.callbacks
	f.callbacks = nil
	return runCallbacks(th, f, cbs, vm.None)
}

// shutdownStart is the first half of shutdown(): it marks the executor
// shut down and, with cancel_futures, takes the queued work off the queue.
// It returns those futures, which the prelude then cancels.
func shutdownStart(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 2 {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: _shutdown_start")
	}
	e := args[0].(*Executor)
	cancel := truth(args[1])
	name := th.CallTarget(e, "executor")
	e.shutdown = true
	e.shutdownAt = th.Step()
	th.Machine().RecordAccess(e, "", true)
	var cancelled []vm.Value
	if cancel {
		for _, w := range e.queue {
			cancelled = append(cancelled, w.fut)
		}
		e.queue = nil
	}
	text := th.Label() + " shuts " + name + " down"
	if len(cancelled) > 0 {
		text += fmt.Sprintf(" (cancelling %d queued)", len(cancelled))
	}
	th.Event("call", name+".shutdown()", "", text)
	return vm.NewList(cancelled), nil
}

// joinWorkers waits until every worker thread of the executor has ended.
func joinWorkers(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	e := args[0].(*Executor)
	m := th.Machine()
	name := th.CallTarget(e, "executor")
	var busy *vm.Thread
	for _, t := range e.workers {
		if !t.Done() && t != th {
			busy = t
			break
		}
	}
	if busy == nil {
		if th.Probing() {
			return nil, nil
		}
		for _, t := range e.workers {
			m.ThreadAccess(t, false)
		}
		if len(e.workers) > 0 {
			th.Event("join", name, "", th.Label()+" joins the workers of "+name)
		}
		return vm.None, nil
	}
	return nil, &vm.Block{State: vm.StateWaiting, On: e, What: "the workers of " + name + " to finish",
		Ready: func() bool {
			for _, t := range e.workers {
				if !t.Done() && t != th {
					return false
				}
			}
			return true
		}}
}

// initializerFailed marks the pool broken and fails the queued work.
func initializerFailed(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	e := args[0].(*Executor)
	e.broken = "A thread initializer failed, the thread pool is not usable anymore"
	var cbs []vm.Value
	for _, w := range e.queue {
		if w.fut.state == futPending {
			w.fut.exc = vm.NewException(BrokenThreadPoolType, vm.Str(e.broken))
			w.fut.complete(th, futFinished)
			cbs = append(cbs, vm.Tuple{w.fut, vm.NewList(w.fut.callbacks)})
			w.fut.callbacks = nil
		}
	}
	e.queue = nil
	th.Machine().RecordAccess(e, "", true)
	return vm.NewList(cbs), nil
}

// GetAttr implements vm.AttrGetter: the attributes programs look at.
func (e *Executor) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "_max_workers":
		return vm.MakeInt(int64(e.maxWorkers)), true, nil
	case "_thread_name_prefix":
		return vm.Str(e.prefix), true, nil
	case "_shutdown":
		return boolValue(e.shutdown), true, nil
	case "_broken":
		if e.broken == "" {
			return vm.False, true, nil
		}
		return vm.Str(e.broken), true, nil
	case "_initializer":
		return e.initializer, true, nil
	case "_initargs":
		return e.initargs, true, nil
	case "_threads":
		s := vm.NewSet(false)
		for _, o := range e.workerObjs {
			if err := s.Add(th, o); err != nil {
				return nil, true, err
			}
		}
		return s, true, nil
	}
	return nil, false, nil
}

// pyMethod makes a method implemented by a function of the prelude.
func pyMethod(helper string) vm.NativeFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		fn, err := futuresFunc(th, helper)
		if err != nil {
			return nil, err
		}
		return nil, &vm.CallRequest{Fn: fn, Args: append([]vm.Value(nil), args...), Kwnames: kwnames}
	}
}

// waitMode is wait()'s return_when, or as_completed's.
type waitMode uint8

const (
	waitAll waitMode = iota
	waitFirst
	waitFirstException
	waitAny // as_completed: any newly completed future
)

// futuresArg reads a list of futures.
func futuresArg(v vm.Value) ([]*Future, error) {
	var items []vm.Value
	switch x := v.(type) {
	case *vm.List:
		items = x.Elems
	case *vm.Set:
		items = x.Elems()
	case vm.Tuple:
		items = x
	default:
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: futures")
	}
	out := make([]*Future, len(items))
	for i, it := range items {
		f, ok := it.(*Future)
		if !ok {
			return nil, vm.Errorf(vm.AttributeErrorType, "'%s' object has no attribute '_condition'", vm.TypeName(it))
		}
		out[i] = f
	}
	return out, nil
}

// waitReady reports whether a wait in the given mode is over.
func waitReady(fs []*Future, mode waitMode) bool {
	done := 0
	for _, f := range fs {
		if !f.completed() {
			continue
		}
		done++
		switch mode {
		case waitFirst, waitAny:
			return true
		case waitFirstException:
			if f.state == futFinished && f.exc != nil {
				return true
			}
		}
	}
	return done == len(fs)
}

// waitFutures implements the waiting of wait(fs, timeout, return_when) and
// as_completed: _wait(fs, timeout, mode) returns (done, not_done) as lists;
// for as_completed (mode "_AS_COMPLETED") done is in completion order.
func waitFutures(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 3 {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: _wait")
	}
	fs, err := futuresArg(args[0])
	if err != nil {
		return nil, err
	}
	var secs float64
	timed := args[1] != vm.None
	if timed {
		if secs, err = vm.ToSeconds(args[1]); err != nil {
			return nil, err
		}
	}
	var mode waitMode
	switch s, _ := args[2].(vm.Str); s {
	case "ALL_COMPLETED":
		mode = waitAll
	case "FIRST_COMPLETED":
		mode = waitFirst
	case "FIRST_EXCEPTION":
		mode = waitFirstException
	case "_AS_COMPLETED":
		mode = waitAny
	default:
		if !waitReady(fs, waitFirstException) {
			r, _ := vm.Repr(th, args[2])
			return nil, vm.Errorf(vm.ValueErrorType, "Invalid return condition: %s", r)
		}
		mode = waitAll
	}
	m := th.Machine()
	if waitReady(fs, mode) || th.TimedOut() || timed && secs <= 0 {
		if th.Probing() {
			return nil, nil
		}
		var done, notDone []vm.Value
		var doneF []*Future
		for _, f := range fs {
			m.RecordAccess(f, "", true)
			if f.completed() {
				doneF = append(doneF, f)
			} else {
				notDone = append(notDone, f)
			}
		}
		if mode == waitAny {
			// completion order
			for i := 1; i < len(doneF); i++ {
				for j := i; j > 0 && doneF[j].doneSeq < doneF[j-1].doneSeq; j-- {
					doneF[j], doneF[j-1] = doneF[j-1], doneF[j]
				}
			}
		}
		for _, f := range doneF {
			done = append(done, f)
		}
		if th.Resumed() {
			cause := 0
			for _, f := range doneF {
				if f.doneAt > cause {
					cause = f.doneAt
				}
			}
			text := fmt.Sprintf("%s stops waiting: %d of %d futures done", th.Label(), len(done), len(fs))
			if th.TimedOut() {
				text += " (timeout)"
			}
			th.EventCause("wake", "futures", "", text, cause)
		}
		return vm.Tuple{vm.NewList(done), vm.NewList(notDone)}, nil
	}
	what := "futures to complete"
	switch mode {
	case waitFirst, waitAny:
		what = "a future to complete"
	case waitFirstException:
		what = "a future to raise or all to complete"
	}
	b := &vm.Block{State: vm.StateWaiting, What: what, Ready: func() bool { return waitReady(fs, mode) }}
	if len(fs) > 0 {
		b.On = fs[0]
	}
	if timed {
		b.Deadline, b.HasDeadline = deadlineOf(th, secs), true
	}
	return nil, b
}

// waitInOrder is the waiting of executor.map: it waits until the futures
// are done in order, up to the first that failed or was cancelled, or until
// the deadline (an absolute monotonic time, or None).
func waitInOrder(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 2 {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: _wait_in_order")
	}
	fs, err := futuresArg(args[0])
	if err != nil {
		return nil, err
	}
	ready := func() bool {
		for _, f := range fs {
			if !f.done() {
				return false
			}
			if f.cancelled() || f.exc != nil {
				return true
			}
		}
		return true
	}
	var deadline int64
	timed := args[1] != vm.None
	if timed {
		secs, err := vm.ToSeconds(args[1])
		if err != nil {
			return nil, err
		}
		deadline = int64(secs * 1e9)
	}
	if ready() || th.TimedOut() || timed && th.Now() >= deadline {
		if th.Probing() {
			return nil, nil
		}
		for _, f := range fs {
			th.Machine().RecordAccess(f, "", true)
		}
		return vm.None, nil
	}
	b := &vm.Block{State: vm.StateWaiting, What: "the results of map()", Ready: ready}
	if len(fs) > 0 {
		b.On = fs[0]
	}
	if timed {
		b.Deadline, b.HasDeadline = deadline, true
	}
	return nil, b
}

func init() {
	FutureType.New = newFuture
	ExecutorType.New = newExecutor
	for _, t := range []*vm.Type{FuturesErrorType, CancelledErrorType, InvalidStateErrorType} {
		t.BaseSubclassable = true
		t.New = vm.ExceptionType.New
	}
	for _, t := range []*vm.Type{BrokenExecutorType, BrokenThreadPoolType} {
		t.BaseSubclassable = true
		t.New = vm.RuntimeErrorType.New
	}

	method(FutureType, "result", vm.Primitive, futureWait(true))
	method(FutureType, "exception", vm.Primitive, futureWait(false))
	method(FutureType, "done", vm.Action, futureRead("done", (*Future).done))
	method(FutureType, "cancelled", vm.Action, futureRead("cancelled", (*Future).cancelled))
	method(FutureType, "running", vm.Action, futureRead("running", func(f *Future) bool { return f.state == futRunning }))
	method(FutureType, "cancel", vm.Action, futureCancel)
	method(FutureType, "add_done_callback", vm.Action, futureAddDoneCallback)
	method(FutureType, "set_result", vm.Action, futureSet(false))
	method(FutureType, "set_exception", vm.Action, futureSet(true))
	method(FutureType, "set_running_or_notify_cancel", vm.Action, futureSetRunning)
	method(FutureType, "__repr__", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.Str(args[0].(*Future).repr(th)), nil
	})

	method(ExecutorType, "submit", vm.Action, executorSubmit)
	method(ExecutorType, "map", vm.Pure, pyMethod("_map"))
	method(ExecutorType, "shutdown", vm.Pure, pyMethod("_shutdown"))
	method(ExecutorType, "__enter__", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return args[0], nil
	})
	method(ExecutorType, "__exit__", vm.Pure, pyMethod("_exit"))

	vm.RegisterModule("_lockstep_futures", func(th *vm.Thread) (*vm.Module, error) {
		m := vm.NewModule("_lockstep_futures")
		d := m.Dict
		d.SetStr("_state", &futuresState{})
		d.SetStr("Future", FutureType)
		d.SetStr("ThreadPoolExecutor", ExecutorType)
		d.SetStr("Error", FuturesErrorType)
		d.SetStr("CancelledError", CancelledErrorType)
		d.SetStr("InvalidStateError", InvalidStateErrorType)
		d.SetStr("BrokenExecutor", BrokenExecutorType)
		d.SetStr("BrokenThreadPool", BrokenThreadPoolType)
		m.SetFunc("next_work", vm.Primitive, nextWork)
		m.SetFunc("finish", vm.Action, finishWork)
		m.SetFunc("add_worker", vm.Pure, addWorker)
		m.SetFunc("shutdown_start", vm.Pure, shutdownStart)
		m.SetFunc("join_workers", vm.Primitive, joinWorkers)
		m.SetFunc("initializer_failed", vm.Pure, initializerFailed)
		m.SetFunc("wait", vm.Primitive, waitFutures)
		m.SetFunc("wait_in_order", vm.Primitive, waitInOrder)
		m.SetFunc("format_exception", vm.Pure, formatException)
		m.SetFunc("monotonic", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return vm.Float(float64(th.Now()) / 1e9), nil
		})
		return m, nil
	})
	preludeModule("concurrent.futures", "concurrent_futures")
}

// formatException returns the traceback of an exception as CPython's
// traceback.format_exception would join it (used by logging).
func formatException(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 1 {
		return nil, vm.Errorf(vm.TypeErrorType, "format_exception() takes exactly one argument")
	}
	exc, ok := args[0].(*vm.Exception)
	if !ok {
		return vm.Str("NoneType: None\n"), nil
	}
	return vm.Str(th.Machine().FormatException(th, exc)), nil
}
