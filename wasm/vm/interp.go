package vm

import (
	"errors"

	"lockstep/wasm/compile"
)

// errPause stops the interpreter loop: the thread is paused before a
// visible action (or blocked in a primitive) and resumes at the same
// instruction.
var errPause = errors.New("vm: pause")

// errThreadEnd stops the loop when the thread's bottom frame returns.
var errThreadEnd = errors.New("vm: thread ended")

// nullValue marks an empty slot of LOAD_METHOD (never visible to Python).
type nullValue struct{}

func (nullValue) Type() *Type { return ObjectType }

var null Value = nullValue{}

// run executes the thread's frames until the frame at index base returns
// (its value is returned, for calls from Go), the thread pauses (errPause),
// the bottom frame of the thread returns (errThreadEnd) or an exception
// propagates out of frame base (returned as *Exception).
func (th *Thread) run(base int) (Value, error) {
	m := th.m
	fr := th.frames[len(th.frames)-1]
	var err error
	for {
		if err != nil {
			// An exception is propagating: find a handler in this frame,
			// else pop the frame and continue in the caller.
			exc, ok := err.(*Exception)
			if !ok {
				if err == errPause || err == errBudget {
					return nil, err
				}
				exc = internalError(err)
			}
			var handled bool
			fr, handled = th.unwind(exc, base)
			if !handled {
				return nil, exc
			}
			err = nil
		}
		code := fr.code
		in := code.Instrs[fr.pc]
		fr.lastPC = fr.pc
		fr.pc++
		switch in.Op {
		case compile.NOP:
		case compile.POP_TOP:
			fr.sp--
			fr.stack[fr.sp] = nil
		case compile.COPY:
			fr.push(fr.stack[fr.sp-int(in.Arg)])
		case compile.SWAP:
			i := fr.sp - int(in.Arg)
			fr.stack[i], fr.stack[fr.sp-1] = fr.stack[fr.sp-1], fr.stack[i]

		case compile.LOAD_CONST:
			fr.push(fr.consts[in.Arg])
		case compile.LOAD_FAST:
			v := fr.locals[in.Arg]
			if v == nil {
				err = Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", code.Varnames[in.Arg])
				continue
			}
			fr.push(v)
		case compile.STORE_FAST:
			fr.locals[in.Arg] = fr.pop()
		case compile.DELETE_FAST:
			if fr.locals[in.Arg] == nil {
				err = Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", code.Varnames[in.Arg])
				continue
			}
			fr.locals[in.Arg] = nil
		case compile.LOAD_DEREF:
			cell := fr.cells[in.Arg]
			if th.accessCell(fr, cell, false) {
				return nil, errPause
			}
			if cell.V == nil {
				err = th.unboundCell(fr, int(in.Arg))
				continue
			}
			fr.push(cell.V)
			th.recordValue(cell.V)
		case compile.STORE_DEREF:
			cell := fr.cells[in.Arg]
			if th.accessCell(fr, cell, true) {
				return nil, errPause
			}
			cell.V = fr.pop()
			th.recordValue(cell.V)
		case compile.DELETE_DEREF:
			cell := fr.cells[in.Arg]
			if cell.V == nil {
				err = th.unboundCell(fr, int(in.Arg))
				continue
			}
			cell.V = nil
		case compile.LOAD_CLOSURE:
			fr.push(fr.cells[in.Arg])

		case compile.LOAD_GLOBAL:
			name := code.Names[in.Arg]
			v, ok := fr.globals.GetStr(name)
			if ok {
				if th.accessGlobal(fr, name, v, false) {
					return nil, errPause
				}
				fr.push(v)
				th.recordValue(v)
				continue
			}
			if v, ok = m.builtins.GetStr(name); ok {
				fr.push(v)
				continue
			}
			if th.accessGlobal(fr, name, nil, false) {
				return nil, errPause
			}
			err = Errorf(NameErrorType, "name '%s' is not defined", name)
		case compile.STORE_GLOBAL:
			name := code.Names[in.Arg]
			if th.accessGlobal(fr, name, fr.top(), true) {
				return nil, errPause
			}
			v := fr.pop()
			fr.globals.setStrKey(name, fr.keys[in.Arg], v)
			th.recordValue(v)
			m.noteName(v, name)
		case compile.DELETE_GLOBAL:
			name := code.Names[in.Arg]
			if th.accessGlobal(fr, name, nil, true) {
				return nil, errPause
			}
			if !fr.globals.DeleteStr(name) {
				err = Errorf(NameErrorType, "name '%s' is not defined", name)
			}
		case compile.LOAD_NAME:
			name := code.Names[in.Arg]
			if fr.names != nil {
				if v, ok := fr.names.GetStr(name); ok {
					fr.push(v)
					continue
				}
			}
			if v, ok := fr.globals.GetStr(name); ok {
				fr.push(v)
				continue
			}
			if v, ok := m.builtins.GetStr(name); ok {
				fr.push(v)
				continue
			}
			err = Errorf(NameErrorType, "name '%s' is not defined", name)
		case compile.STORE_NAME:
			name := code.Names[in.Arg]
			if fr.names != nil {
				fr.names.setStrKey(name, fr.keys[in.Arg], fr.pop())
			} else {
				v := fr.pop()
				fr.globals.setStrKey(name, fr.keys[in.Arg], v)
				m.noteName(v, name)
			}
		case compile.DELETE_NAME:
			name := code.Names[in.Arg]
			d := fr.names
			if d == nil {
				d = fr.globals
			}
			if !d.DeleteStr(name) {
				err = Errorf(NameErrorType, "name '%s' is not defined", name)
			}
		case compile.LOAD_LOCALS:
			if fr.names != nil {
				fr.push(fr.names)
			} else {
				fr.push(fr.globals)
			}

		case compile.LOAD_ATTR:
			obj := fr.top()
			name := code.Names[in.Arg]
			if th.accessAttr(fr, obj, name, false) {
				return nil, errPause
			}
			var pushed bool
			pushed, err = th.loadAttr(fr, obj, name)
			if err != nil || pushed {
				fr = th.frame()
			}
		case compile.STORE_ATTR:
			obj := fr.stack[fr.sp-1]
			name := code.Names[in.Arg]
			if th.accessAttr(fr, obj, name, true) {
				return nil, errPause
			}
			v := fr.stack[fr.sp-2]
			fr.sp -= 2
			fr.stack[fr.sp], fr.stack[fr.sp+1] = nil, nil
			th.recordValue(v)
			err = setAttrKey(th, obj, name, fr.keys[in.Arg], v)
			if err == nil {
				m.noteAttrName(fr, v)
			}
		case compile.DELETE_ATTR:
			obj := fr.top()
			name := code.Names[in.Arg]
			if th.accessAttr(fr, obj, name, true) {
				return nil, errPause
			}
			fr.pop()
			err = DelAttr(th, obj, name)
		case compile.LOAD_METHOD:
			obj := fr.top()
			name := code.Names[in.Arg]
			meth, ok := th.lookupMethod(obj, name)
			if ok {
				fr.stack[fr.sp-1] = meth
				fr.push(obj)
				continue
			}
			if th.accessAttr(fr, obj, name, false) {
				return nil, errPause
			}
			var pushed bool
			pushed, err = th.loadAttr(fr, obj, name)
			if err == nil && !pushed {
				fr.push(null)
			}
			if pushed {
				// a property or __getattr__ frame: its result needs a NULL
				// after it; handled by retMethodAttr
				th.frame().ret = retMethodAttr
				fr = th.frame()
			}
		case compile.BINARY_SUBSCR:
			c, key := fr.stack[fr.sp-2], fr.stack[fr.sp-1]
			if th.accessItem(fr, c, key, false) {
				return nil, errPause
			}
			var pushed bool
			pushed, err = th.binarySubscr(fr, c, key)
			if pushed {
				fr = th.frame()
			}
		case compile.STORE_SUBSCR:
			v, c, key := fr.stack[fr.sp-3], fr.stack[fr.sp-2], fr.stack[fr.sp-1]
			if th.accessItem(fr, c, key, true) {
				return nil, errPause
			}
			fr.sp -= 3
			fr.stack[fr.sp], fr.stack[fr.sp+1], fr.stack[fr.sp+2] = nil, nil, nil
			th.recordValue(v)
			err = SetItem(th, c, key, v)
		case compile.DELETE_SUBSCR:
			c, key := fr.stack[fr.sp-2], fr.stack[fr.sp-1]
			if th.accessItem(fr, c, key, true) {
				return nil, errPause
			}
			fr.sp -= 2
			fr.stack[fr.sp], fr.stack[fr.sp+1] = nil, nil
			err = DelItem(th, c, key)
		case compile.BUILD_SLICE:
			if in.Arg == 3 {
				step := fr.pop()
				hi := fr.pop()
				lo := fr.pop()
				fr.push(&Slice{Start: lo, Stop: hi, Step: step})
			} else {
				hi := fr.pop()
				lo := fr.pop()
				fr.push(&Slice{Start: lo, Stop: hi, Step: None})
			}

		case compile.BINARY_OP:
			b := fr.stack[fr.sp-1]
			a := fr.stack[fr.sp-2]
			var r Value
			if x, ok := a.(Int); ok {
				if y, ok := b.(Int); ok {
					if r, ok = intFast(compile.BinaryOp(in.Arg), x, y); ok {
						fr.sp--
						fr.stack[fr.sp] = nil
						fr.stack[fr.sp-1] = r
						continue
					}
				}
			}
			r, err = Binary(th, compile.BinaryOp(in.Arg), a, b)
			if err == nil {
				fr.sp--
				fr.stack[fr.sp] = nil
				fr.stack[fr.sp-1] = r
			}
		case compile.UNARY_OP:
			var r Value
			if compile.UnaryOp(in.Arg) == compile.OpNot {
				var t bool
				t, err = Truth(th, fr.top())
				r = Bool(!t)
			} else {
				r, err = Unary(th, compile.UnaryOp(in.Arg), fr.top())
			}
			if err == nil {
				fr.stack[fr.sp-1] = r
			}
		case compile.COMPARE_OP:
			b := fr.stack[fr.sp-1]
			a := fr.stack[fr.sp-2]
			var r Value
			if x, ok := a.(Int); ok {
				if y, ok := b.(Int); ok {
					r = intCompare(compile.CompareOp(in.Arg), x, y)
					fr.sp--
					fr.stack[fr.sp] = nil
					fr.stack[fr.sp-1] = r
					continue
				}
			}
			r, err = Compare(th, compile.CompareOp(in.Arg), a, b)
			if err == nil {
				fr.sp--
				fr.stack[fr.sp] = nil
				fr.stack[fr.sp-1] = r
			}
		case compile.IS_OP:
			b := fr.pop()
			a := fr.top()
			r := identical(a, b)
			if in.Arg == 1 {
				r = !r
			}
			fr.stack[fr.sp-1] = Bool(r)
		case compile.CONTAINS_OP:
			c := fr.stack[fr.sp-1]
			item := fr.stack[fr.sp-2]
			if th.accessContainer(fr, c, false) {
				return nil, errPause
			}
			var r bool
			r, err = Contains(th, c, item)
			if err == nil {
				if in.Arg == 1 {
					r = !r
				}
				fr.sp--
				fr.stack[fr.sp] = nil
				fr.stack[fr.sp-1] = Bool(r)
			}

		case compile.BUILD_TUPLE:
			n := int(in.Arg)
			t := make(Tuple, n)
			copy(t, fr.stack[fr.sp-n:fr.sp])
			fr.popN(n)
			fr.push(t)
		case compile.BUILD_LIST:
			n := int(in.Arg)
			l := make([]Value, n)
			copy(l, fr.stack[fr.sp-n:fr.sp])
			fr.popN(n)
			fr.push(NewList(l))
		case compile.BUILD_SET:
			n := int(in.Arg)
			s := NewSet(false)
			for _, v := range fr.stack[fr.sp-n : fr.sp] {
				if err = s.Add(th, v); err != nil {
					break
				}
			}
			if err == nil {
				fr.popN(n)
				fr.push(s)
			}
		case compile.BUILD_MAP:
			n := int(in.Arg)
			d := NewDictSize(n)
			items := fr.stack[fr.sp-2*n : fr.sp]
			for i := 0; i < n; i++ {
				if err = d.Set(th, items[2*i], items[2*i+1]); err != nil {
					break
				}
			}
			if err == nil {
				fr.popN(2 * n)
				fr.push(d)
			}
		case compile.BUILD_STRING:
			n := int(in.Arg)
			size := 0
			for _, v := range fr.stack[fr.sp-n : fr.sp] {
				size += len(v.(Str))
			}
			buf := make([]byte, 0, size)
			for _, v := range fr.stack[fr.sp-n : fr.sp] {
				buf = append(buf, v.(Str)...)
			}
			fr.popN(n)
			fr.push(Str(buf))
		case compile.LIST_APPEND:
			v := fr.pop()
			l := fr.stack[fr.sp-int(in.Arg)].(*List)
			l.Elems = append(l.Elems, v)
		case compile.SET_ADD:
			v := fr.pop()
			err = fr.stack[fr.sp-int(in.Arg)].(*Set).Add(th, v)
		case compile.MAP_ADD:
			v := fr.pop()
			k := fr.pop()
			err = fr.stack[fr.sp-int(in.Arg)].(*Dict).Set(th, k, v)
		case compile.LIST_EXTEND:
			it := fr.pop()
			l := fr.stack[fr.sp-int(in.Arg)].(*List)
			err = Iterate(th, it, func(v Value) error {
				l.Elems = append(l.Elems, v)
				return nil
			})
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Class == TypeErrorType && !isIterable(it) {
					err = Errorf(TypeErrorType, "Value after * must be an iterable, not %s", TypeName(it))
				}
			}
		case compile.SET_UPDATE:
			it := fr.pop()
			s := fr.stack[fr.sp-int(in.Arg)].(*Set)
			err = Iterate(th, it, func(v Value) error { return s.Add(th, v) })
		case compile.DICT_UPDATE, compile.DICT_MERGE:
			src := fr.pop()
			d := fr.stack[fr.sp-int(in.Arg)].(*Dict)
			err = th.dictMerge(fr, d, src, in.Op == compile.DICT_MERGE)
		case compile.LIST_TO_TUPLE:
			l := fr.top().(*List)
			fr.stack[fr.sp-1] = Tuple(append([]Value(nil), l.Elems...))
		case compile.UNPACK_SEQUENCE:
			err = th.unpack(fr, int(in.Arg), -1)
		case compile.UNPACK_EX:
			err = th.unpack(fr, int(in.Arg&0xff), int(in.Arg>>8))
		case compile.FORMAT_VALUE:
			var spec string
			if in.Arg&4 != 0 {
				spec = string(fr.pop().(Str))
			}
			v := fr.top()
			var s string
			switch in.Arg & 3 {
			case 1:
				s, err = ToStr(th, v)
				v = Str(s)
			case 2:
				s, err = Repr(th, v)
				v = Str(s)
			case 3:
				s, err = Repr(th, v)
				v = Str(asciiEscape(s))
			}
			if err != nil {
				continue
			}
			if sv, ok := v.(Str); ok && spec == "" {
				fr.stack[fr.sp-1] = sv
				continue
			}
			s, err = FormatValue(th, v, spec)
			if err == nil {
				fr.stack[fr.sp-1] = Str(s)
			}

		case compile.JUMP:
			if int(in.Arg) < fr.pc {
				if err = th.tick(); err != nil {
					continue
				}
			}
			fr.pc = int(in.Arg)
		case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
			v := fr.pop()
			var t bool
			switch x := v.(type) {
			case Bool:
				t = bool(x)
			default:
				if t, err = Truth(th, v); err != nil {
					continue
				}
			}
			if t == (in.Op == compile.POP_JUMP_IF_TRUE) {
				fr.pc = int(in.Arg)
			}
		case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
			var t bool
			if t, err = Truth(th, fr.top()); err != nil {
				continue
			}
			if t == (in.Op == compile.JUMP_IF_TRUE_OR_POP) {
				fr.pc = int(in.Arg)
			} else {
				fr.pop()
			}
		case compile.GET_ITER:
			var it Value
			if it, err = GetIter(th, fr.top()); err == nil {
				fr.stack[fr.sp-1] = it
			}
		case compile.FOR_ITER:
			if err = th.tick(); err != nil {
				continue
			}
			it := fr.top()
			switch x := it.(type) {
			case *Generator:
				err = th.resumeGenerator(x, None, nil, resumeForIter)
				fr = th.frame()
				continue
			case Iterator:
				if th.accessIter(fr, x) {
					return nil, errPause
				}
				v, ok, e := x.Next(th)
				if e != nil {
					err = e
					continue
				}
				if ok {
					fr.push(v)
				} else {
					fr.pop()
					fr.pc = int(in.Arg)
				}
			default:
				v, ok, e := Next(th, it)
				if e != nil {
					err = e
					continue
				}
				if ok {
					fr.push(v)
				} else {
					fr.pop()
					fr.pc = int(in.Arg)
				}
			}

		case compile.CALL, compile.CALL_KW, compile.CALL_METHOD, compile.CALL_METHOD_KW, compile.CALL_EX:
			err = th.execCall(fr, in)
			if err == errPause {
				return nil, err
			}
			fr = th.frame()
		case compile.MAKE_FUNCTION:
			fr.push(th.makeFunction(fr, in.Arg))
		case compile.RETURN_VALUE:
			v := fr.pop()
			var done bool
			var result Value
			fr, done, result, err = th.returnFrom(fr, v, base)
			if done {
				return result, err
			}
		case compile.YIELD_VALUE:
			v := fr.pop()
			var done bool
			var result Value
			fr, done, result, err = th.yieldFrom(fr, v, base)
			if done {
				return result, err
			}
		case compile.YIELD_FROM:
			var done bool
			var result Value
			fr, done, result, err = th.execYieldFrom(fr, base)
			if done {
				return result, err
			}
		case compile.BUILD_CLASS:
			err = th.buildClass(fr, int(in.Arg))

		case compile.SETUP_FINALLY:
			fr.blocks = append(fr.blocks, block{kind: blockFinally, handler: int32(in.Arg), level: int32(fr.sp)})
		case compile.POP_BLOCK:
			fr.blocks = fr.blocks[:len(fr.blocks)-1]
		case compile.PUSH_EXC_INFO:
			exc, _ := fr.top().(*Exception)
			fr.blocks = append(fr.blocks, block{kind: blockHandler, level: int32(fr.sp - 1)})
			th.handling = append(th.handling, exc)
		case compile.POP_EXCEPT:
			fr.blocks = fr.blocks[:len(fr.blocks)-1]
			th.handling = th.handling[:len(th.handling)-1]
		case compile.CHECK_EXC_MATCH:
			typ := fr.pop()
			exc := fr.top()
			var r bool
			if r, err = excMatches(exc, typ); err == nil {
				fr.push(Bool(r))
			}
		case compile.RERAISE:
			v := fr.pop()
			if e, ok := v.(*Exception); ok {
				e.reraised = true
				err = e
			} else {
				err = Errorf(TypeErrorType, "exceptions must derive from BaseException")
			}
		case compile.RAISE_VARARGS:
			err = th.raise(fr, int(in.Arg))
		case compile.LOAD_ASSERTION_ERROR:
			fr.push(AssertionErrorType)
		case compile.BEFORE_WITH:
			err = th.beforeWith(fr)
			if err == errPause {
				return nil, err
			}
			fr = th.frame()
		case compile.WITH_EXCEPT_START:
			// __exit__ runs as an ordinary call (a Python __exit__ gets
			// its own frame and may block); its result lands above exc.
			exc := fr.stack[fr.sp-1]
			exit := fr.stack[fr.sp-2]
			err = th.invoke(fr, exit, []Value{exc.Type(), exc, None}, nil, fr.sp)
			if err == errPause {
				return nil, err
			}
			fr = th.frame()

		case compile.IMPORT_NAME:
			var mod Value
			mod, err = th.importName(code.Names[in.Arg&^compile.ImportLeaf], in.Arg&compile.ImportLeaf != 0)
			if err == nil {
				fr.push(mod)
			}
		case compile.IMPORT_FROM:
			mod := fr.top()
			name := code.Names[in.Arg]
			var v Value
			if v, err = importFrom(th, mod, name); err == nil {
				fr.push(v)
			}
		case compile.IMPORT_STAR:
			mod := fr.pop()
			err = th.importStar(fr, mod)
		default:
			err = Errorf(SystemErrorType, "lockstep: unknown opcode %d", in.Op)
		}
	}
}

func (fr *Frame) popN(n int) {
	for i := 0; i < n; i++ {
		fr.sp--
		fr.stack[fr.sp] = nil
	}
}

// tick counts loop iterations and calls against the machine's budget.
func (th *Thread) tick() error {
	m := th.m
	m.ticks++
	if m.ticks > m.maxTicks {
		return errBudget
	}
	return nil
}
