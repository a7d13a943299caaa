package threading

import (
	"fmt"
	"strings"

	"lockstep/wasm/compile"
	"lockstep/wasm/vm"
)

// This file implements the queue module natively: Queue, LifoQueue,
// PriorityQueue and SimpleQueue are Go objects whose put and get are one
// visible step each ("T1 put q ← 3", "T2 get q → 3"). A put on a full queue
// or a get on an empty one waits with a Block that is ready as soon as the
// queue has room or an item; timeouts run on the virtual clock.

// queueKind says how a queue orders its items.
type queueKind uint8

const (
	fifoQueue queueKind = iota
	lifoQueue
	priorityQueue
	simpleQueue
)

// Queue is queue.Queue, queue.LifoQueue, queue.PriorityQueue or
// queue.SimpleQueue, by kind.
type Queue struct {
	vm.Header
	kind       queueKind
	maxsize    int
	items      []vm.Value // FIFO order, a stack (LIFO) or a heap (priority)
	unfinished int        // items put and not yet task_done'd
	putAt      int        // step of the last put (wakes getters)
	getAt      int        // step of the last get (wakes putters)
	doneAt     int        // step at which the unfinished count reached zero
}

// The queue types and exceptions.
var (
	QueueType         = vm.NewBuiltinType("queue", "Queue", nil)
	LifoQueueType     = vm.NewBuiltinType("queue", "LifoQueue", QueueType)
	PriorityQueueType = vm.NewBuiltinType("queue", "PriorityQueue", QueueType)
	SimpleQueueType   = vm.NewBuiltinType("_queue", "SimpleQueue", nil)
	// EmptyType is queue.Empty (CPython's _queue.Empty).
	EmptyType = vm.NewBuiltinType("_queue", "Empty", vm.ExceptionType)
	// FullType is queue.Full.
	FullType = vm.NewBuiltinType("queue", "Full", vm.ExceptionType)
)

// Type implements vm.Value.
func (q *Queue) Type() *vm.Type {
	switch q.kind {
	case lifoQueue:
		return LifoQueueType
	case priorityQueue:
		return PriorityQueueType
	case simpleQueue:
		return SimpleQueueType
	}
	return QueueType
}

// Describe implements vm.Describer: the size, the items (in the order get
// would return them for FIFO and LIFO queues; heap order for a priority
// queue), unfinished tasks and the waiting threads.
func (q *Queue) Describe(m *vm.Machine) vm.PrimitiveInfo {
	n := len(q.items)
	info := vm.PrimitiveInfo{Type: q.Type().Name, Value: ptr(n), Waiters: waitersOf(m, q)}
	var b strings.Builder
	switch {
	case n == 0:
		b.WriteString("empty")
	case n == 1:
		b.WriteString("1 item")
	default:
		fmt.Fprintf(&b, "%d items", n)
	}
	if q.maxsize > 0 {
		fmt.Fprintf(&b, " (max %d)", q.maxsize)
	}
	if n > 0 {
		b.WriteString(": ")
		b.WriteString(q.itemsRepr(8))
	}
	if q.kind != simpleQueue && q.unfinished > 0 {
		fmt.Fprintf(&b, "; %d unfinished", q.unfinished)
	}
	info.Text = b.String()
	return appendWaiters(m, info)
}

// itemsRepr formats up to max items, in queue order, without running
// Python code.
func (q *Queue) itemsRepr(max int) string {
	var parts []string
	for i := range q.items {
		if i == max {
			parts = append(parts, "…")
			break
		}
		v := q.items[i]
		if q.kind == lifoQueue {
			v = q.items[len(q.items)-1-i]
		}
		parts = append(parts, valueRepr(v))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// valueRepr is repr(v) for trace events: no Python code runs, long
// values are shortened.
func valueRepr(v vm.Value) string {
	s, err := vm.Repr(nil, v)
	if err != nil {
		s = "<" + vm.TypeName(v) + ">"
	}
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return s
}

func (q *Queue) full() bool { return q.maxsize > 0 && len(q.items) >= q.maxsize }

// push stores an item (Queue._put). A priority queue compares with `<`,
// which may run Python code and fail.
func (q *Queue) push(th *vm.Thread, item vm.Value) error {
	q.items = append(q.items, item)
	if q.kind == priorityQueue {
		return siftDown(th, q.items, 0, len(q.items)-1)
	}
	return nil
}

// pop removes the next item (Queue._get).
func (q *Queue) pop(th *vm.Thread) (vm.Value, error) {
	n := len(q.items)
	switch q.kind {
	case lifoQueue:
		v := q.items[n-1]
		q.items[n-1] = nil
		q.items = q.items[:n-1]
		return v, nil
	case priorityQueue:
		last := q.items[n-1]
		q.items[n-1] = nil
		q.items = q.items[:n-1]
		if len(q.items) == 0 {
			return last, nil
		}
		v := q.items[0]
		q.items[0] = last
		return v, siftUp(th, q.items, 0)
	}
	v := q.items[0]
	q.items[0] = nil
	q.items = q.items[1:]
	return v, nil
}

// less is a < b, as heapq compares.
func less(th *vm.Thread, a, b vm.Value) (bool, error) {
	r, err := vm.Compare(th, compile.OpLT, a, b)
	if err != nil {
		return false, err
	}
	return vm.Truth(th, r)
}

// siftDown is heapq._siftdown.
func siftDown(th *vm.Thread, heap []vm.Value, start, pos int) error {
	item := heap[pos]
	for pos > start {
		parentPos := (pos - 1) >> 1
		parent := heap[parentPos]
		lt, err := less(th, item, parent)
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		heap[pos] = parent
		pos = parentPos
	}
	heap[pos] = item
	return nil
}

// siftUp is heapq._siftup.
func siftUp(th *vm.Thread, heap []vm.Value, pos int) error {
	end := len(heap)
	start := pos
	item := heap[pos]
	child := 2*pos + 1
	for child < end {
		right := child + 1
		if right < end {
			lt, err := less(th, heap[child], heap[right])
			if err != nil {
				return err
			}
			if !lt {
				child = right
			}
		}
		heap[pos] = heap[child]
		pos = child
		child = 2*pos + 1
	}
	heap[pos] = item
	return siftDown(th, heap, start, pos)
}

func newQueue(kind queueKind) vm.NativeFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if kind == simpleQueue {
			if len(args) != 1 {
				return nil, vm.Errorf(vm.TypeErrorType, "SimpleQueue() takes no arguments")
			}
			return &Queue{kind: kind}, nil
		}
		a, err := bindPy("Queue.__init__", args, kwnames, []string{"maxsize"}, []vm.Value{vm.MakeInt(0)})
		if err != nil {
			return nil, err
		}
		n, ok := vm.ToInt(a[0])
		if !ok {
			return nil, vm.Errorf(vm.NotImplementedErrorType, "lockstep supports only an int maxsize, not '%s'", vm.TypeName(a[0]))
		}
		return &Queue{kind: kind, maxsize: int(n)}, nil
	}
}

// bind binds a queue method's arguments: Queue's methods are Python
// functions in CPython, SimpleQueue's are C functions, and their argument
// errors read differently.
func (q *Queue) bind(fname string, args []vm.Value, kwnames []string, names []string, defaults []vm.Value) ([]vm.Value, error) {
	if q.kind == simpleQueue {
		return bindArgs(fname, args, kwnames, names, defaults)
	}
	return bindPy("Queue."+fname, args, kwnames, names, defaults)
}

func (q *Queue) noArgs(fname string, args []vm.Value, kwnames []string) error {
	if q.kind == simpleQueue {
		return noArgs(fname, args, kwnames)
	}
	return noArgsPy("Queue."+fname, args, kwnames)
}

// queueTimeout reads the timeout of a blocking put or get: None (no
// timeout) or a non-negative number.
func queueTimeout(v vm.Value) (secs float64, timed bool, err error) {
	if v == vm.None {
		return 0, false, nil
	}
	switch v.(type) {
	case vm.Int, vm.Float, vm.Bool:
	default:
		return 0, false, vm.Errorf(vm.TypeErrorType, "'<' not supported between instances of '%s' and 'int'", vm.TypeName(v))
	}
	secs, err = vm.ToSeconds(v)
	if err != nil {
		return 0, false, err
	}
	if secs < 0 {
		return 0, false, vm.Errorf(vm.ValueErrorType, "'timeout' must be a non-negative number")
	}
	return secs, true, nil
}

// queueWait makes the Block of a put or get that has to wait.
func queueWait(th *vm.Thread, q *Queue, what string, ready func() bool, secs float64, timed bool) *vm.Block {
	b := &vm.Block{State: vm.StateWaiting, On: q, What: what, Ready: ready}
	if timed {
		b.Deadline, b.HasDeadline = deadlineOf(th, secs), true
	}
	return b
}

// queuePut implements put(item, block=True, timeout=None).
func queuePut(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	q := args[0].(*Queue)
	a, err := q.bind("put", args, kwnames, []string{"item", "block", "timeout"}, []vm.Value{nil, vm.True, vm.None})
	if err != nil {
		return nil, err
	}
	return q.put(th, a[0], truth(a[1]), a[2], "put")
}

func (q *Queue) put(th *vm.Thread, item vm.Value, block bool, timeout vm.Value, verb string) (vm.Value, error) {
	name := th.CallTarget(q, "queue")
	var secs float64
	var timed bool
	if q.maxsize > 0 && block && q.kind != simpleQueue {
		var err error
		if secs, timed, err = queueTimeout(timeout); err != nil {
			return nil, err
		}
	}
	if !q.full() || q.kind == simpleQueue {
		if th.Probing() {
			return nil, nil
		}
		th.Machine().RecordAccess(q, "", true)
		if err := q.push(th, item); err != nil {
			return nil, err
		}
		if q.kind != simpleQueue {
			q.unfinished++
		}
		q.putAt = th.Step()
		cause := 0
		if th.Resumed() {
			cause = q.getAt
		}
		r := valueRepr(item)
		if th.Tracing() {
			th.EventCause("put", name, r, th.Label()+" "+verb+" "+name+" ← "+r, cause)
		}
		return vm.None, nil
	}
	if !block || th.TimedOut() || timed && secs == 0 {
		if th.Probing() {
			return nil, nil
		}
		th.Machine().RecordAccess(q, "", true)
		if th.TimedOut() {
			if th.Tracing() {
				th.Event("timeout", name, "", th.Label()+" stops waiting for room in "+name+" (timeout): queue.Full")
			}
		} else {
			if th.Tracing() {
				th.Event("put", name, "", th.Label()+" "+verb+" "+name+": the queue is full (queue.Full)")
			}
		}
		return nil, vm.NewException(FullType)
	}
	return nil, queueWait(th, q, "room in "+name, func() bool { return !q.full() }, secs, timed)
}

// queueGet implements get(block=True, timeout=None).
func queueGet(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	q := args[0].(*Queue)
	a, err := q.bind("get", args, kwnames, []string{"block", "timeout"}, []vm.Value{vm.True, vm.None})
	if err != nil {
		return nil, err
	}
	return q.get(th, truth(a[0]), a[1], "get")
}

func (q *Queue) get(th *vm.Thread, block bool, timeout vm.Value, verb string) (vm.Value, error) {
	name := th.CallTarget(q, "queue")
	var secs float64
	var timed bool
	if block || q.kind == simpleQueue {
		var err error
		if secs, timed, err = queueTimeout(timeout); err != nil {
			return nil, err
		}
	}
	if len(q.items) > 0 {
		if th.Probing() {
			return nil, nil
		}
		th.Machine().RecordAccess(q, "", true)
		v, err := q.pop(th)
		if err != nil {
			return nil, err
		}
		q.getAt = th.Step()
		cause := 0
		if th.Resumed() {
			cause = q.putAt
		}
		r := valueRepr(v)
		if th.Tracing() {
			th.EventCause("get", name, r, th.Label()+" "+verb+" "+name+" → "+r, cause)
		}
		return v, nil
	}
	if !block || th.TimedOut() || timed && secs == 0 {
		if th.Probing() {
			return nil, nil
		}
		th.Machine().RecordAccess(q, "", true)
		if th.TimedOut() {
			if th.Tracing() {
				th.Event("timeout", name, "", th.Label()+" stops waiting for an item in "+name+" (timeout): queue.Empty")
			}
		} else {
			if th.Tracing() {
				th.Event("get", name, "", th.Label()+" "+verb+" "+name+": the queue is empty (queue.Empty)")
			}
		}
		return nil, vm.NewException(EmptyType)
	}
	return nil, queueWait(th, q, "an item in "+name, func() bool { return len(q.items) > 0 }, secs, timed)
}

func queuePutNowait(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	q := args[0].(*Queue)
	a, err := q.bind("put_nowait", args, kwnames, []string{"item"}, []vm.Value{nil})
	if err != nil {
		return nil, err
	}
	return q.put(th, a[0], false, vm.None, "put_nowait")
}

func queueGetNowait(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	q := args[0].(*Queue)
	if err := q.noArgs("get_nowait", args, kwnames); err != nil {
		return nil, err
	}
	return q.get(th, false, vm.None, "get_nowait")
}

// queueRead makes qsize, empty and full: visible reads of the queue.
func queueRead(fname string, f func(q *Queue) vm.Value) vm.NativeFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		q := args[0].(*Queue)
		if err := q.noArgs(fname, args, kwnames); err != nil {
			return nil, err
		}
		v := f(q)
		th.Machine().RecordAccess(q, "", false)
		if th.Tracing() {
			th.Event("read", th.CallTarget(q, "queue")+"."+fname+"()", valueRepr(v), "")
		}
		return v, nil
	}
}

func queueTaskDone(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	q := args[0].(*Queue)
	if err := q.noArgs("task_done", args, kwnames); err != nil {
		return nil, err
	}
	if q.unfinished <= 0 {
		return nil, vm.Errorf(vm.ValueErrorType, "task_done() called too many times")
	}
	q.unfinished--
	th.Machine().RecordAccess(q, "", true)
	name := th.CallTarget(q, "queue")
	text := fmt.Sprintf("%s marks a task of %s done (%d unfinished)", th.Label(), name, q.unfinished)
	if q.unfinished == 0 {
		q.doneAt = th.Step()
		text = th.Label() + " marks the last task of " + name + " done"
	}
	if th.Tracing() {
		th.Event("call", name+".task_done()", "", text)
	}
	return vm.None, nil
}

func queueJoin(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	q := args[0].(*Queue)
	if err := q.noArgs("join", args, kwnames); err != nil {
		return nil, err
	}
	name := th.CallTarget(q, "queue")
	if q.unfinished == 0 {
		if th.Probing() {
			return nil, nil
		}
		th.Machine().RecordAccess(q, "", true)
		cause := 0
		if th.Resumed() {
			cause = q.doneAt
		}
		if th.Tracing() {
			th.EventCause("join", name, "", th.Label()+" joins "+name+" (every task is done)", cause)
		}
		return vm.None, nil
	}
	return nil, &vm.Block{State: vm.StateWaiting, On: q, What: "every task of " + name + " to be done",
		Ready: func() bool { return q.unfinished == 0 }}
}

// GetAttr implements vm.AttrGetter: maxsize, unfinished_tasks, and queue
// (a copy of the items as a list, where CPython has a deque).
func (q *Queue) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if q.kind == simpleQueue {
		return nil, false, nil
	}
	switch name {
	case "maxsize":
		return vm.MakeInt(int64(q.maxsize)), true, nil
	case "unfinished_tasks":
		return vm.MakeInt(int64(q.unfinished)), true, nil
	case "queue":
		return vm.NewList(append([]vm.Value(nil), q.items...)), true, nil
	}
	return nil, false, nil
}

func init() {
	QueueType.New = newQueue(fifoQueue)
	LifoQueueType.New = newQueue(lifoQueue)
	PriorityQueueType.New = newQueue(priorityQueue)
	SimpleQueueType.New = newQueue(simpleQueue)
	for _, t := range []*vm.Type{EmptyType, FullType} {
		t.BaseSubclassable = true
		t.New = vm.ExceptionType.New
	}
	for _, t := range []*vm.Type{QueueType, SimpleQueueType} {
		method(t, "put", vm.Primitive, queuePut)
		method(t, "get", vm.Primitive, queueGet)
		method(t, "put_nowait", vm.Action, queuePutNowait)
		method(t, "get_nowait", vm.Action, queueGetNowait)
		method(t, "qsize", vm.Action, queueRead("qsize", func(q *Queue) vm.Value { return vm.MakeInt(int64(len(q.items))) }))
		method(t, "empty", vm.Action, queueRead("empty", func(q *Queue) vm.Value { return boolValue(len(q.items) == 0) }))
	}
	method(QueueType, "full", vm.Action, queueRead("full", func(q *Queue) vm.Value { return boolValue(q.full()) }))
	method(QueueType, "task_done", vm.Action, queueTaskDone)
	method(QueueType, "join", vm.Primitive, queueJoin)

	vm.RegisterModule("queue", func(th *vm.Thread) (*vm.Module, error) {
		m := vm.NewModule("queue")
		d := m.Dict
		d.SetStr("Queue", QueueType)
		d.SetStr("LifoQueue", LifoQueueType)
		d.SetStr("PriorityQueue", PriorityQueueType)
		d.SetStr("SimpleQueue", SimpleQueueType)
		d.SetStr("Empty", EmptyType)
		d.SetStr("Full", FullType)
		d.SetStr("__all__", vm.NewList([]vm.Value{vm.Str("Empty"), vm.Str("Full"), vm.Str("Queue"),
			vm.Str("PriorityQueue"), vm.Str("LifoQueue"), vm.Str("SimpleQueue")}))
		return m, nil
	})
}
