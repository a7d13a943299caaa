package vm

import (
	"fmt"
	"strings"

	"lockstep/wasm/compile"
)

// maxDepth is Python's default recursion limit.
const maxDepth = 1000

// decodeCall reads the callable and arguments of the call instruction in at
// the top of fr's stack without consuming them; base is the stack index of
// the first slot the call consumes.
func (th *Thread) decodeCall(fr *Frame, in compile.Instr) (fn Value, args []Value, kwnames []string, base int, err error) {
	n := int(in.Arg)
	sp := fr.sp
	switch in.Op {
	case compile.CALL:
		base = sp - n - 1
		return fr.stack[base], fr.stack[base+1 : sp], nil, base, nil
	case compile.CALL_KW:
		names := fr.stack[sp-1].(Tuple)
		base = sp - n - 2
		return fr.stack[base], fr.stack[base+1 : sp-1], tupleStrings(names), base, nil
	case compile.CALL_METHOD:
		base = sp - n - 2
		if fr.stack[base+1] == null {
			return fr.stack[base], fr.stack[base+2 : sp], nil, base, nil
		}
		return fr.stack[base], fr.stack[base+1 : sp], nil, base, nil
	case compile.CALL_METHOD_KW:
		names := fr.stack[sp-1].(Tuple)
		base = sp - n - 3
		if fr.stack[base+1] == null {
			return fr.stack[base], fr.stack[base+2 : sp-1], tupleStrings(names), base, nil
		}
		return fr.stack[base], fr.stack[base+1 : sp-1], tupleStrings(names), base, nil
	case compile.CALL_EX:
		var kw Value
		top := sp
		if n&1 != 0 {
			top--
			kw = fr.stack[top]
		}
		posv := fr.stack[top-1]
		base = top - 2
		fn = fr.stack[base]
		switch p := posv.(type) {
		case Tuple:
			args = append(args, p...)
		case *List:
			args = append(args, p.Elems...)
		default:
			if err = Iterate(th, posv, func(v Value) error { args = append(args, v); return nil }); err != nil {
				return nil, nil, nil, 0, err
			}
		}
		if kw != nil {
			d, ok := kw.(*Dict)
			if !ok {
				return nil, nil, nil, 0, Errorf(TypeErrorType, "argument after ** must be a mapping, not %s", TypeName(kw))
			}
			for _, kv := range d.Items() {
				k, ok := kv[0].(Str)
				if !ok {
					return nil, nil, nil, 0, Errorf(TypeErrorType, "keywords must be strings")
				}
				kwnames = append(kwnames, string(k))
				args = append(args, kv[1])
			}
		}
		return fn, args, kwnames, base, nil
	}
	return nil, nil, nil, 0, Errorf(SystemErrorType, "lockstep: not a call instruction")
}

func tupleStrings(t Tuple) []string {
	out := make([]string, len(t))
	for i, v := range t {
		out[i] = string(v.(Str))
	}
	return out
}

// execCall executes a call instruction.
func (th *Thread) execCall(fr *Frame, in compile.Instr) error {
	fn, args, kwnames, base, err := th.decodeCall(fr, in)
	if err != nil {
		return err
	}
	return th.invoke(fr, fn, args, kwnames, base)
}

// clearFrom pops every stack slot from base up.
func (fr *Frame) clearFrom(base int) {
	for i := base; i < fr.sp; i++ {
		fr.stack[i] = nil
	}
	fr.sp = base
}

// finishCall replaces the stack slots from base up with the result.
func (fr *Frame) finishCall(base int, result Value) {
	for i := base; i < fr.sp; i++ {
		fr.stack[i] = nil
	}
	fr.sp = base
	fr.push(result)
}

// invoke calls fn. Python functions get a new frame (the loop continues in
// it); Go functions run at once. The result (now or when the new frame
// returns) replaces the caller's stack from base up.
func (th *Thread) invoke(fr *Frame, fn Value, args []Value, kwnames []string, base int) error {
	switch f := fn.(type) {
	case *Function:
		nf, err := th.newCallFrame(f, args, kwnames)
		if err != nil {
			return err
		}
		if f.Code.Flags&compile.FlagGenerator != 0 {
			fr.finishCall(base, newGenerator(nf))
			return nil
		}
		if err := th.pushFrame(nf, retNormal); err != nil {
			return err
		}
		fr.clearFrom(base)
		return nil
	case *Builtin:
		if f.Self != nil {
			args = prepend(f.Self, args)
		}
		return th.callBuiltin(fr, f, args, kwnames, base)
	case *BoundMethod:
		return th.invoke(fr, f.Func, prepend(f.Self, args), kwnames, base)
	case *Type:
		return th.instantiate(fr, f, args, kwnames, base)
	case *StaticMethod:
		return th.invoke(fr, f.Func, args, kwnames, base)
	}
	if call, ok := fn.Type().Lookup("__call__"); ok && !fn.Type().Builtin {
		return th.invoke(fr, call, prepend(fn, args), kwnames, base)
	}
	return Errorf(TypeErrorType, "'%s' object is not callable", TypeName(fn))
}

func prepend(v Value, args []Value) []Value {
	out := make([]Value, len(args)+1)
	out[0] = v
	copy(out[1:], args)
	return out
}

// callBuiltin runs a Go function, handling visibility and blocking.
func (th *Thread) callBuiltin(fr *Frame, b *Builtin, args []Value, kwnames []string, base int) error {
	if b.Self == nil {
		if handled, err := th.drainGenerators(fr, b, args, kwnames, base); handled {
			return err
		}
	}
	switch b.Effect {
	case Primitive, Action:
		if th.visibleAction(fr) {
			return errPause
		}
	case ReadsSelf, WritesSelf:
		if len(args) > 0 && th.accessContainer(fr, args[0], b.Effect == WritesSelf) {
			return errPause
		}
	}
	if len(args) > 0 {
		// the arguments may live on the operand stack, which the next
		// instructions reuse: natives may keep them (in an exception, an
		// iterator…), so they get their own copy
		args = append(make([]Value, 0, len(args)), args...)
	}
	res, err := b.Fn(th, args, kwnames)
	if err != nil {
		if blk, ok := err.(*Block); ok {
			if th.nested > 0 {
				return Errorf(RuntimeErrorType, "lockstep: %s would block inside a call made by the interpreter (for example in __repr__, __eq__ or a key function); this is not supported", b.Name)
			}
			th.block = blk
			th.paused = true
			fr.pc = fr.lastPC
			return errPause
		}
		th.opState = nil
		th.timedOut = false
		if req, ok := err.(*CallRequest); ok {
			return th.invoke(fr, req.Fn, req.Args, req.Kwnames, base)
		}
		return err
	}
	th.opState = nil
	th.timedOut = false
	if fr == th.frame() {
		fr.finishCall(base, res)
	} else {
		// the builtin pushed frames of its own (a new thread's frame is on
		// another thread; this is a same-thread push): deliver into fr.
		fr.finishCall(base, res)
	}
	return nil
}

// CallRequest is returned as an error by a Go function that wants a Python
// callable called in its place, as a real frame that can be stepped (for
// example a Thread's run method): the callable's result becomes the call's
// result.
type CallRequest struct {
	Fn      Value
	Args    []Value
	Kwnames []string
}

func (c *CallRequest) Error() string { return "vm: call request" }

// pushFrame makes nf the thread's innermost frame.
func (th *Thread) pushFrame(nf *Frame, ret retKind) error {
	if len(th.frames) >= maxDepth+th.m.depthSlack {
		return Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	if err := th.tick(); err != nil {
		return err
	}
	nf.ret = ret
	nf.handlingBase = len(th.handling)
	th.frames = append(th.frames, nf)
	return nil
}

// newCallFrame binds args to the parameters of f in a new frame.
func (th *Thread) newCallFrame(f *Function, args []Value, kwnames []string) (*Frame, error) {
	code := f.Code
	fr := th.m.newFrame(code, f.Globals)
	fr.fn = f
	if code.Flags&compile.FlagClassBody != 0 {
		fr.names = NewDict()
	}
	npos := len(args) - len(kwnames)
	locals := fr.locals
	argc := code.ArgCount
	nkwonly := code.KwOnlyCount
	varargsSlot := -1
	varkwSlot := -1
	slot := argc + nkwonly
	if code.Flags&compile.FlagVarargs != 0 {
		varargsSlot = slot
		slot++
	}
	if code.Flags&compile.FlagVarkw != 0 {
		varkwSlot = slot
	}
	// positional
	if npos > argc {
		if varargsSlot < 0 {
			return nil, th.tooManyPositional(f, npos, kwnames)
		}
		locals[varargsSlot] = Tuple(append([]Value(nil), args[argc:npos]...))
		copy(locals, args[:argc])
	} else {
		copy(locals, args[:npos])
		if varargsSlot >= 0 {
			locals[varargsSlot] = EmptyTuple
		}
	}
	var kwdict *Dict
	if varkwSlot >= 0 {
		kwdict = NewDict()
		locals[varkwSlot] = kwdict
	}
	// keywords
	var posOnlyAsKw []string
	for i, name := range kwnames {
		v := args[npos+i]
		idx := -1
		for j := code.PosOnlyCount; j < argc+nkwonly; j++ {
			if code.Varnames[j] == name {
				idx = j
				break
			}
		}
		if idx < 0 {
			if kwdict != nil {
				kwdict.SetStr(name, v)
				continue
			}
			for j := 0; j < code.PosOnlyCount; j++ {
				if code.Varnames[j] == name {
					posOnlyAsKw = append(posOnlyAsKw, name)
				}
			}
			if len(posOnlyAsKw) > 0 {
				continue
			}
			return nil, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", f.QualName, name)
		}
		if locals[idx] != nil {
			return nil, Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", f.QualName, name)
		}
		locals[idx] = v
	}
	if len(posOnlyAsKw) > 0 {
		return nil, Errorf(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", f.QualName, strings.Join(posOnlyAsKw, ", "))
	}
	// defaults
	ndef := len(f.Defaults)
	var missing []string
	for j := 0; j < argc; j++ {
		if locals[j] != nil {
			continue
		}
		if d := j - (argc - ndef); d >= 0 {
			locals[j] = f.Defaults[d]
		} else {
			missing = append(missing, code.Varnames[j])
		}
	}
	if len(missing) > 0 {
		return nil, missingArgs(f.QualName, "positional", missing)
	}
	for j := argc; j < argc+nkwonly; j++ {
		if locals[j] != nil {
			continue
		}
		if f.KwDefaults != nil {
			if v, ok := f.KwDefaults.GetStr(code.Varnames[j]); ok {
				locals[j] = v
				continue
			}
		}
		missing = append(missing, code.Varnames[j])
	}
	if len(missing) > 0 {
		return nil, missingArgs(f.QualName, "keyword-only", missing)
	}
	// cells
	nCell := len(code.Cellvars)
	for i := 0; i < nCell; i++ {
		c := &Cell{}
		if i < len(code.CellParams) && code.CellParams[i] >= 0 {
			c.V = locals[code.CellParams[i]]
		}
		fr.cells[i] = c
	}
	copy(fr.cells[nCell:], f.Closure)
	return fr, nil
}

func (th *Thread) tooManyPositional(f *Function, given int, kwnames []string) error {
	kwGiven := 0
	for _, k := range kwnames {
		for _, p := range f.Code.Varnames[f.Code.ArgCount : f.Code.ArgCount+f.Code.KwOnlyCount] {
			if p == k {
				kwGiven++
			}
		}
	}
	code := f.Code
	argc := code.ArgCount
	ndef := len(f.Defaults)
	var takes string
	switch {
	case ndef > 0:
		takes = fmt.Sprintf("from %d to %d positional arguments", argc-ndef, argc)
	case argc == 1:
		takes = "1 positional argument"
	default:
		takes = fmt.Sprintf("%d positional arguments", argc)
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwGiven > 0 {
		s := "s"
		if kwGiven == 1 {
			s = ""
		}
		ps := "s"
		if given == 1 {
			ps = ""
		}
		return Errorf(TypeErrorType, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given", f.QualName, takes, given, ps, kwGiven, s)
	}
	return Errorf(TypeErrorType, "%s() takes %s but %d %s given", f.QualName, takes, given, was)
}

func missingArgs(qualname, kind string, names []string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	plural := "argument"
	if len(names) > 1 {
		plural = "arguments"
	}
	return Errorf(TypeErrorType, "%s() missing %d required %s %s: %s", qualname, len(names), kind, plural, list)
}

// makeFunction implements MAKE_FUNCTION.
func (th *Thread) makeFunction(fr *Frame, flags uint32) Value {
	code := fr.pop().(codeConst).code
	f := &Function{Code: code, Globals: fr.globals, Name: code.Name, QualName: code.QualName}
	if fr.fn != nil {
		f.Module = fr.fn.Module
	} else {
		f.Module = th.m.moduleFor(fr.globals)
	}
	if flags&8 != 0 {
		t := fr.pop().(Tuple)
		f.Closure = make([]*Cell, len(t))
		for i, c := range t {
			f.Closure[i] = c.(*Cell)
		}
	}
	if flags&2 != 0 {
		f.KwDefaults = fr.pop().(*Dict)
	}
	if flags&1 != 0 {
		f.Defaults = fr.pop().(Tuple)
	}
	return f
}

// returnFrom pops fr after RETURN_VALUE and delivers v. done reports that
// run must return (result, err).
func (th *Thread) returnFrom(fr *Frame, v Value, base int) (next *Frame, done bool, result Value, err error) {
	th.popFrame(fr)
	switch fr.ret {
	case retNormal:
		caller := th.frame()
		caller.push(v)
		th.m.recycleFrame(fr)
		return caller, false, nil, nil
	case retInit:
		caller := th.frame()
		if v != None {
			return caller, false, nil, Errorf(TypeErrorType, "__init__() should return None, not '%s'", TypeName(v))
		}
		caller.push(fr.initSelf)
		th.m.recycleFrame(fr)
		return caller, false, nil, nil
	case retMethodAttr:
		caller := th.frame()
		caller.push(v)
		caller.push(null)
		th.m.recycleFrame(fr)
		return caller, false, nil, nil
	case retDiscard:
		th.m.recycleFrame(fr)
		return th.frame(), false, nil, nil
	case retNested:
		return nil, true, v, nil
	case retThread:
		return nil, true, v, errThreadEnd
	case retGenerator:
		return th.generatorReturned(fr, v)
	}
	panic("vm: bad return kind")
}

func (th *Thread) popFrame(fr *Frame) {
	th.frames[len(th.frames)-1] = nil
	th.frames = th.frames[:len(th.frames)-1]
	if len(th.handling) > fr.handlingBase {
		th.handling = th.handling[:fr.handlingBase]
	}
}

// Call calls a Python callable from Go code and returns its result. Python
// code called this way runs to completion inside the current step (it cannot
// be preempted); a blocking operation inside it is reported as an error.
// th may be nil in contexts where no Python code can run; then calling a
// Python function fails with a TypeError.
func (th *Thread) Call(fn Value, args []Value, kwnames []string) (Value, error) {
	if b, ok := fn.(*Builtin); ok {
		if b.Self != nil {
			args = prepend(b.Self, args)
		}
		res, err := b.Fn(th, args, kwnames)
		if req, ok := err.(*CallRequest); ok {
			return th.Call(req.Fn, req.Args, req.Kwnames)
		}
		if _, ok := err.(*Block); ok {
			return nil, Errorf(RuntimeErrorType, "lockstep: %s would block inside a call made by the interpreter (for example in __repr__, __eq__ or a key function); this is not supported", b.Name)
		}
		return res, err
	}
	if th == nil || th.noPython {
		return nil, Errorf(TypeErrorType, "lockstep: cannot call %s here", TypeName(fn))
	}
	// Run the call in a scratch frame so that the generic invoke path
	// (functions, bound methods, classes, __call__) applies; a Python frame
	// it pushes returns into the scratch frame, whose RETURN_VALUE hands the
	// value back here.
	scratch := th.m.takeFrame()
	scratch.code, scratch.stack, scratch.globals = nestedCode, scratch.inline[:2:2], th.m.mainDict
	scratch.ret = retNested
	scratch.handlingBase = len(th.handling)
	th.frames = append(th.frames, scratch)
	th.nested++
	defer func() { th.nested-- }()
	err := th.invoke(scratch, fn, args, kwnames, 0)
	var res Value
	switch {
	case err != nil:
		th.popFrame(scratch)
	case th.frame() != scratch:
		res, err = th.run(0)
	default:
		res = scratch.stack[0]
		th.popFrame(scratch)
	}
	if err != nil {
		if err == errPause {
			return nil, Errorf(RuntimeErrorType, "lockstep: a blocking operation inside a call made by the interpreter is not supported")
		}
		return nil, err
	}
	th.m.recycleFrame(scratch)
	return res, nil
}

// nestedCode is the code of the scratch frames used by Thread.Call.
var nestedCode = &compile.Code{Name: "<call>", Internal: true, Instrs: []compile.Instr{{Op: compile.RETURN_VALUE}}, Spans: []compile.Span{{}}}
