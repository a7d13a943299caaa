package vm

import (
	"lockstep/wasm/compile"
)

// buildClass implements BUILD_CLASS: namespace name base1..basen -> class.
func (th *Thread) buildClass(fr *Frame, nbases int) error {
	bases := make([]*Type, 0, nbases)
	for _, b := range fr.stack[fr.sp-nbases : fr.sp] {
		t, ok := b.(*Type)
		if !ok {
			return Errorf(TypeErrorType, "bases must be types")
		}
		if t.Builtin && !t.BaseSubclassable && t != ObjectType {
			return Errorf(NotImplementedErrorType, "lockstep does not support subclassing the builtin type '%s'", t.Name)
		}
		bases = append(bases, t)
	}
	fr.popN(nbases)
	name := string(fr.pop().(Str))
	ns := fr.pop().(*Dict)
	cls, err := NewClass(name, bases, ns)
	if err != nil {
		return err
	}
	if fr.fn != nil || fr.code.Flags&compile.FlagModule == 0 {
		if q, ok := ns.GetStr("__qualname__"); ok {
			if s, ok := q.(Str); ok {
				cls.QualName = string(s)
			}
		}
	}
	fr.push(cls)
	return nil
}

// NewClass creates a class from its namespace, computing the C3 MRO.
func NewClass(name string, bases []*Type, ns *Dict) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	cls := &Type{Name: name, QualName: name, Module: "__main__", Bases: bases, Dict: ns}
	if m, ok := ns.GetStr("__module__"); ok {
		if s, ok := m.(Str); ok {
			cls.Module = string(s)
		}
	}
	if d, ok := ns.GetStr("__doc__"); ok {
		if s, ok := d.(Str); ok {
			cls.Doc = string(s)
		}
	}
	mro, err := c3(cls, bases)
	if err != nil {
		return nil, err
	}
	cls.MRO = mro
	for _, b := range mro[1:] {
		if b.Builtin && b.New != nil && b != ObjectType {
			cls.New = b.New
			cls.BaseSubclassable = b.BaseSubclassable
			break
		}
	}
	if cell, ok := ns.GetStr("__classcell__"); ok {
		if c, ok := cell.(*Cell); ok {
			c.V = cls
		}
		ns.DeleteStr("__classcell__")
	}
	return cls, nil
}

// c3 computes the method resolution order.
func c3(cls *Type, bases []*Type) ([]*Type, error) {
	seqs := make([][]*Type, 0, len(bases)+1)
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{cls}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, t := range seqs {
				for _, x := range t[min(1, len(t)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			return nil, Errorf(TypeErrorType, "Cannot create a consistent method resolution order (MRO) for bases")
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// instantiate calls a class.
func (th *Thread) instantiate(fr *Frame, cls *Type, args []Value, kwnames []string, base int) error {
	if cls == TypeType && len(args) == 1 && len(kwnames) == 0 {
		fr.finishCall(base, args[0].Type())
		return nil
	}
	if cls.Builtin {
		if handled, err := th.drainGenerators(fr, cls, args, kwnames, base); handled {
			return err
		}
		if cls.New == nil {
			return Errorf(TypeErrorType, "cannot create '%s' instances", cls.Name)
		}
		res, err := cls.New(th, prepend(cls, args), kwnames)
		if err != nil {
			if blk, ok := err.(*Block); ok {
				_ = blk
				return Errorf(RuntimeErrorType, "lockstep: a constructor cannot block")
			}
			return err
		}
		fr.finishCall(base, res)
		return nil
	}
	// a class defined by the program
	var obj Value
	if cls.New != nil {
		// derives from a builtin type (exceptions): build the base object
		// with the arguments, then run __init__ if the class defines one.
		res, err := cls.New(th, prepend(cls, args), kwnames)
		if err != nil {
			return err
		}
		obj = res
	} else {
		obj = &Instance{Class: cls, Dict: NewDictSize(cls.instDictHint)}
	}
	init, ok := cls.Lookup("__init__")
	if !ok || init == objectInit {
		if cls.New == nil && len(args) > 0 {
			if _, hasNew := cls.Lookup("__new__"); !hasNew {
				return Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
			}
		}
		fr.finishCall(base, obj)
		return nil
	}
	switch f := init.(type) {
	case *Function:
		nf, err := th.newCallFrame(f, prepend(obj, args), kwnames)
		if err != nil {
			return err
		}
		nf.initSelf = obj
		if err := th.pushFrame(nf, retInit); err != nil {
			return err
		}
		fr.clearFrom(base)
		return nil
	case *Builtin:
		if _, err := f.Fn(th, prepend(obj, args), kwnames); err != nil {
			return err
		}
		fr.finishCall(base, obj)
		return nil
	}
	if _, err := th.Call(init, prepend(obj, args), kwnames); err != nil {
		return err
	}
	fr.finishCall(base, obj)
	return nil
}

// objectInit is object.__init__.
var objectInit = &Builtin{Name: "__init__", Owner: ObjectType, Fn: func(th *Thread, args []Value, kwnames []string) (Value, error) {
	return None, nil
}}

func init() {
	ObjectType.Dict.SetStr("__init__", objectInit)
	ObjectType.New = nil
	TypeType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) == 2 {
			return args[1].Type(), nil
		}
		if len(args) != 4 || len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "type() takes 1 or 3 arguments")
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", TypeName(args[1]))
		}
		basesT, ok := args[2].(Tuple)
		if !ok {
			return nil, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", TypeName(args[2]))
		}
		ns, ok := args[3].(*Dict)
		if !ok {
			return nil, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", TypeName(args[3]))
		}
		var bases []*Type
		for _, b := range basesT {
			t, ok := b.(*Type)
			if !ok {
				return nil, Errorf(TypeErrorType, "bases must be types")
			}
			bases = append(bases, t)
		}
		ns = ns.Copy()
		if _, ok := ns.GetStr("__module__"); !ok {
			ns.SetStr("__module__", Str("__main__"))
		}
		cls, err := NewClass(string(name), bases, ns)
		if err != nil {
			return nil, err
		}
		return cls, nil
	}
	ObjectType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) > 1 {
			return nil, Errorf(TypeErrorType, "object() takes no arguments")
		}
		return &Instance{Class: ObjectType, Dict: NewDict()}, nil
	}
}

// lookupMethod finds a plain method for LOAD_METHOD: a Python function on an
// instance's class (not shadowed by the instance dict) or a Go method of a
// builtin value.
func (th *Thread) lookupMethod(obj Value, name string) (Value, bool) {
	switch o := obj.(type) {
	case *Instance:
		if _, ok := o.Dict.GetStr(name); ok {
			return nil, false
		}
		v, ok := o.Class.Lookup(name)
		if !ok {
			return nil, false
		}
		if f, ok := v.(*Function); ok {
			return f, true
		}
		return nil, false
	case *Type, *Module, *Exception, *Super:
		return nil, false
	}
	v, ok := obj.Type().Lookup(name)
	if !ok {
		return nil, false
	}
	if b, ok := v.(*Builtin); ok && b.Self == nil {
		return b, true
	}
	return nil, false
}

// loadAttr replaces the object on top of the stack by its attribute.
func (th *Thread) loadAttr(fr *Frame, obj Value, name string) (pushed bool, err error) {
	v, err := GetAttr(th, obj, name)
	if err != nil {
		return false, err
	}
	fr.stack[fr.sp-1] = v
	th.recordValue(v)
	return false, nil
}

// binarySubscr implements BINARY_SUBSCR.
func (th *Thread) binarySubscr(fr *Frame, c, key Value) (pushed bool, err error) {
	var v Value
	if l, ok := c.(*List); ok {
		if i, ok := key.(Int); ok {
			n := Int(len(l.Elems))
			if i < 0 {
				i += n
			}
			if i >= 0 && i < n {
				v = l.Elems[i]
			}
		}
	}
	if v == nil {
		if v, err = GetItem(th, c, key); err != nil {
			return false, err
		}
	}
	fr.sp--
	fr.stack[fr.sp] = nil
	fr.stack[fr.sp-1] = v
	th.recordValue(v)
	return false, nil
}

// Super is the object super() returns.
type Super struct {
	Class *Type // the class whose MRO successor is searched
	Self  Value
}

// Type implements Value.
func (*Super) Type() *Type { return SuperType }

func init() {
	RegisterBuiltinValue("super", SuperType)
	SuperType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		switch len(args) {
		case 3:
			cls, ok := args[1].(*Type)
			if !ok {
				return nil, Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", TypeName(args[1]))
			}
			return &Super{Class: cls, Self: args[2]}, nil
		case 1:
			return th.zeroArgSuper()
		}
		return nil, Errorf(TypeErrorType, "super() takes 0 or 2 arguments")
	}
}

// zeroArgSuper implements super() inside a method: the class comes from the
// method's __class__ cell and the instance from its first argument.
func (th *Thread) zeroArgSuper() (Value, error) {
	for i := len(th.frames) - 1; i >= 0; i-- {
		fr := th.frames[i]
		if fr.code == nestedCode {
			continue
		}
		code := fr.code
		var cls *Type
		for j, name := range code.Freevars {
			if name == "__class__" {
				if c := fr.cells[len(code.Cellvars)+j]; c != nil {
					cls, _ = c.V.(*Type)
				}
			}
		}
		if cls == nil {
			return nil, Errorf(RuntimeErrorType, "super(): __class__ cell not found")
		}
		if code.ArgCount == 0 || len(fr.locals) == 0 {
			return nil, Errorf(RuntimeErrorType, "super(): no arguments")
		}
		self := fr.locals[0]
		if self == nil {
			// the first parameter may live in a cell
			for j, p := range code.CellParams {
				if p == 0 {
					self = fr.cells[j].V
				}
			}
		}
		if self == nil {
			return nil, Errorf(RuntimeErrorType, "super(): arg[0] deleted")
		}
		return &Super{Class: cls, Self: self}, nil
	}
	return nil, Errorf(RuntimeErrorType, "super(): no arguments")
}

// superGetAttr looks name up after s.Class in the MRO of s.Self's type.
func superGetAttr(th *Thread, s *Super, name string) (Value, error) {
	var mro []*Type
	selfType, isType := s.Self.(*Type)
	if isType && selfType.IsSubtype(s.Class) {
		mro = selfType.MRO
	} else {
		mro = s.Self.Type().MRO
	}
	i := 0
	for i < len(mro) && mro[i] != s.Class {
		i++
	}
	for _, c := range mro[min(i+1, len(mro)):] {
		v, ok := c.Dict.GetStr(name)
		if !ok {
			continue
		}
		switch f := v.(type) {
		case *Function:
			if isType {
				return f, nil
			}
			return &BoundMethod{Self: s.Self, Func: f}, nil
		case *Builtin:
			if isType {
				return f, nil
			}
			return &Builtin{Name: f.Name, Fn: f.Fn, Self: s.Self, Owner: f.Owner, Effect: f.Effect}, nil
		case *ClassMethod:
			owner := s.Self
			if !isType {
				owner = s.Self.Type()
			}
			return &BoundMethod{Self: owner, Func: f.Func}, nil
		case *StaticMethod:
			return f.Func, nil
		case *Property:
			if f.Fget == nil {
				return nil, Errorf(AttributeErrorType, "unreadable attribute")
			}
			return th.Call(f.Fget, []Value{s.Self}, nil)
		}
		return v, nil
	}
	return nil, Errorf(AttributeErrorType, "'super' object has no attribute '%s'", name)
}
