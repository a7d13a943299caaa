package vm

// This file registers the methods of object (reachable through super() and
// object.__setattr__ & co), of BaseException, and property's getter,
// setter and deleter.

func init() {
	o := ObjectType
	o.Doc = "The base class of the class hierarchy."
	o.SetMethod("__repr__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("object.__repr__", args, kwnames); err != nil {
			return nil, err
		}
		return Str(defaultRepr(th, args[0])), nil
	})
	o.SetMethod("__str__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("object.__str__", args, kwnames); err != nil {
			return nil, err
		}
		s, err := Repr(th, args[0])
		return Str(s), err
	})
	o.SetMethod("__hash__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("object.__hash__", args, kwnames); err != nil {
			return nil, err
		}
		if h, ok := args[0].(HasHeader); ok {
			return MakeInt(identityHash(th, h.header())), nil
		}
		h, err := Hash(th, args[0])
		return MakeInt(h), err
	})
	o.SetMethod("__eq__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("object.__eq__", args, kwnames); err != nil {
			return nil, err
		}
		if identical(args[0], args[1]) {
			return True, nil
		}
		return NotImplemented, nil
	})
	o.SetMethod("__ne__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("object.__ne__", args, kwnames); err != nil {
			return nil, err
		}
		r, err := slotCompareEq(th, args[0], args[1])
		if err != nil || r == NotImplemented {
			return r, err
		}
		t, err := Truth(th, r)
		return Bool(!t), err
	})
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		o.SetMethod(name, Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return NotImplemented, nil
		})
	}
	o.SetMethod("__setattr__", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("__setattr__", args[1:], kwnames, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		switch x := args[0].(type) {
		case *Instance:
			return None, genericSetAttr(th, x, &x.Dict, string(name), args[1], args[2])
		case *Exception:
			return None, genericSetAttr(th, x, &x.Dict, string(name), args[1], args[2])
		}
		return None, SetAttr(th, args[0], string(name), args[2])
	})
	o.SetMethod("__getattribute__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("__getattribute__", args[1:], kwnames, 1, 1); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		switch x := args[0].(type) {
		case *Instance:
			if name == "__dict__" {
				if x.Dict == nil {
					x.Dict = NewDict()
				}
				return x.Dict, nil
			}
			return objectGetAttribute(th, x, x.Dict, string(name))
		case *Exception:
			if v, ok := exceptionAttr(x, string(name)); ok {
				return v, nil
			}
			return objectGetAttribute(th, x, x.Dict, string(name))
		}
		return GetAttr(th, args[0], string(name))
	})
	o.SetMethod("__delattr__", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("__delattr__", args[1:], kwnames, 1, 1); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		switch x := args[0].(type) {
		case *Instance:
			return None, objectDelAttr(th, x, x.Dict, string(name))
		case *Exception:
			return None, objectDelAttr(th, x, x.Dict, string(name))
		}
		return None, DelAttr(th, args[0], string(name))
	})
	o.SetAttr("__init_subclass__", &ClassMethod{Func: &Builtin{Name: "__init_subclass__", Owner: ObjectType,
		Fn: func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if len(args) > 1 {
				return nil, Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", TypeName(args[0]))
			}
			return None, nil
		}}})

	e := BaseExceptionType
	e.SetMethod("__init__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", TypeName(args[0]))
		}
		if x, ok := args[0].(*Exception); ok {
			x.Args = append(Tuple(nil), args[1:]...)
			if len(x.Args) == 0 {
				x.Args = EmptyTuple
			}
			if x.Class.IsSubtype(StopIterationType) || x.Class.IsSubtype(SystemExitType) {
				x.Value = None
				if len(args) > 1 {
					x.Value = args[1]
				}
			}
		}
		return None, nil
	})
	e.SetMethod("__str__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		x, ok := args[0].(*Exception)
		if !ok {
			return Str(""), nil
		}
		switch len(x.Args) {
		case 0:
			return Str(""), nil
		case 1:
			s, err := ToStr(th, x.Args[0])
			if x.Class.IsSubtype(KeyErrorType) {
				s, err = Repr(th, x.Args[0])
			}
			return Str(s), err
		}
		s, err := Repr(th, x.Args)
		return Str(s), err
	})
	e.SetMethod("__repr__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		x, ok := args[0].(*Exception)
		if !ok {
			return Str(defaultRepr(th, args[0])), nil
		}
		r := reprState{th: th}
		b := append([]byte(nil), x.Class.Name...)
		var err error
		if len(x.Args) == 1 {
			b = append(b, '(')
			b, err = r.append(b, x.Args[0])
			b = append(b, ')')
		} else {
			b, err = r.append(b, x.Args)
		}
		return Str(b), err
	})
	e.SetMethod("with_traceback", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("BaseException.with_traceback", args, kwnames); err != nil {
			return nil, err
		}
		return args[0], nil
	})

	p := PropertyType
	p.SetMethod("__get__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("__get__", args[1:], kwnames, 1, 2); err != nil {
			return nil, err
		}
		if args[1] == None {
			return args[0], nil
		}
		return propertyGet(th, args[0].(*Property), args[1], "?")
	})
}

// slotCompareEq is a == b through a's class without the reflected operand
// (object.__ne__'s call of __eq__).
func slotCompareEq(th *Thread, a, b Value) (Value, error) {
	if fn, ok := lookupSpecial(a, "__eq__"); ok {
		return callMethod(th, fn, a, b)
	}
	if identical(a, b) {
		return True, nil
	}
	return NotImplemented, nil
}
