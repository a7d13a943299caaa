package vm

import (
	"math/big"

	"lockstep/wasm/compile"
)

// codeInfo is what the interpreter derives once from a compile.Code: its
// constants as Values. It is stored in Code.Extra by PrepareCode.
type codeInfo struct {
	consts []Value
	// names are the code's names as Str values, boxed once: storing a
	// new key in a dict then does not allocate its interface value
	names []Value
}

// PrepareCode decodes the constants of c and of every code nested in it,
// once, so that many machines can run the same compiled program without
// racing to fill caches.
func PrepareCode(c *compile.Code) {
	if c.Extra != nil {
		return
	}
	info := &codeInfo{consts: make([]Value, len(c.Consts)), names: make([]Value, len(c.Names))}
	for i, n := range c.Names {
		info.names[i] = Str(n)
	}
	for i, k := range c.Consts {
		info.consts[i] = constValue(k)
		if sub, ok := k.(*compile.Code); ok {
			PrepareCode(sub)
		}
	}
	c.Extra = info
}

// codeConst wraps a nested *compile.Code constant (consumed by MAKE_FUNCTION).
type codeConst struct{ code *compile.Code }

func (codeConst) Type() *Type { return ObjectType }

func constValue(k any) Value {
	switch k := k.(type) {
	case nil:
		return None
	case bool:
		return Bool(k)
	case int64:
		return MakeInt(k)
	case *big.Int:
		return MakeBigInt(k)
	case float64:
		return Float(k)
	case string:
		return Str(k)
	case compile.Ellipsis:
		return Ellipsis
	case *compile.Code:
		return codeConst{k}
	case []any:
		t := make(Tuple, len(k))
		for i, e := range k {
			t[i] = constValue(e)
		}
		return t
	}
	panic("vm: unknown constant type")
}

// blockKind distinguishes the entries of a frame's block stack.
type blockKind uint8

const (
	blockFinally blockKind = iota // SETUP_FINALLY: jump to handler on exception
	blockHandler                  // PUSH_EXC_INFO: an exception is being handled
)

type block struct {
	kind    blockKind
	handler int32 // blockFinally: handler pc
	level   int32 // stack depth to restore
}

// retKind says what happens to a frame's return value.
type retKind uint8

const (
	retNormal     retKind = iota // push onto the caller's stack
	retInit                      // __init__: check None, push the new instance
	retThread                    // bottom frame of a thread: the thread ends
	retNested                    // frame called from Go: hand the value back to Go
	retGenerator                 // a generator frame: see Generator
	retDiscard                   // drop the value (e.g. a Timer's function result)
	retMethodAttr                // LOAD_METHOD found a plain attribute through Python code: push it and NULL
)

// Frame is one activation of a code object.
type Frame struct {
	code    *compile.Code
	consts  []Value
	keys    []Value   // the code's names, boxed (codeInfo.names)
	fn      *Function // nil for the module
	globals *Dict
	names   *Dict // class bodies: the namespace; nil otherwise
	pc      int   // next instruction
	lastPC  int   // instruction being executed (for tracebacks and positions)
	stack   []Value
	sp      int
	locals  []Value
	cells   []*Cell
	blocks  []block

	ret      retKind
	initSelf Value      // retInit: the instance being initialised
	gen      *Generator // retGenerator

	// withCall marks that BEFORE_WITH at lastPC already replaced the
	// manager by (exit, enter) and only the __enter__ call remains (it was
	// paused or blocked).
	withCall bool
	// handlingBase is the depth of the thread's handled-exception stack when
	// the frame started; returning restores it.
	handlingBase int
	// inline holds the value stack and the locals of small functions, so
	// that a call allocates one object instead of three.
	inline [frameInline]Value
}

// frameInline is the number of stack and local slots a frame carries
// inline.
const frameInline = 10

func (fr *Frame) push(v Value) {
	fr.stack[fr.sp] = v
	fr.sp++
}

func (fr *Frame) pop() Value {
	fr.sp--
	v := fr.stack[fr.sp]
	fr.stack[fr.sp] = nil
	return v
}

func (fr *Frame) top() Value { return fr.stack[fr.sp-1] }

// Line returns the source line of the instruction being executed.
func (fr *Frame) Line() int {
	if fr.lastPC < len(fr.code.Spans) {
		return int(fr.code.Spans[fr.lastPC].Line)
	}
	return int(fr.code.FirstLine)
}

// newFrame returns a frame for running code, taken from the machine's
// frame pool when it has one.
func (m *Machine) newFrame(code *compile.Code, globals *Dict) *Frame {
	info := code.Extra.(*codeInfo)
	n := code.StackSize + 2
	fr := m.takeFrame()
	fr.code, fr.consts, fr.keys, fr.globals = code, info.consts, info.names, globals
	nl := len(code.Varnames)
	var buf []Value
	if n+nl <= frameInline {
		buf = fr.inline[:n+nl]
	} else {
		buf = make([]Value, n+nl)
	}
	fr.stack = buf[:n:n]
	if nl > 0 {
		fr.locals = buf[n : n+nl : n+nl]
	}
	if nc := len(code.Cellvars) + len(code.Freevars); nc > 0 {
		fr.cells = make([]*Cell, nc)
	}
	return fr
}

// FramePool keeps the frames of calls that returned, for later calls to
// reuse. A machine keeps its own, or shares Options.Frames with machines
// run one after another (the runs of an exploration). A pool must not be
// used by two machines at the same time.
type FramePool struct {
	free []*Frame
}

// maxPooledFrames bounds the frames a pool keeps.
const maxPooledFrames = 256

// framePool returns the machine's frame pool.
func (m *Machine) framePool() *FramePool {
	if m.frames == nil {
		m.frames = m.opts.Frames
		if m.frames == nil {
			m.frames = &FramePool{}
		}
	}
	return m.frames
}

// takeFrame returns a zeroed frame.
func (m *Machine) takeFrame() *Frame {
	p := m.framePool()
	if n := len(p.free); n > 0 {
		fr := p.free[n-1]
		p.free[n-1] = nil
		p.free = p.free[:n-1]
		return fr
	}
	return new(Frame)
}

// recycleFrame gives back a frame that returned and that nothing refers to
// any more (not a generator's, whose frame lives in the generator).
func (m *Machine) recycleFrame(fr *Frame) {
	p := m.framePool()
	if len(p.free) >= maxPooledFrames {
		return
	}
	*fr = Frame{}
	p.free = append(p.free, fr)
}
