package vm

import "lockstep/wasm/compile"

// This file implements the dict type's methods and constructor, and the
// dict views (dict_keys, dict_values, dict_items).

// slots returns the number of entry slots, deleted ones included (for
// reverse iteration).
func (d *Dict) slots() int { return len(d.entries) }

// DictView is a live view of a dict's keys, values or items.
type DictView struct {
	Header
	D    *Dict
	Kind int // viewKeys, viewValues or viewItems
}

// The dict view types.
var (
	DictKeysType   = newBuiltinType("dict_keys", ObjectType)
	DictValuesType = newBuiltinType("dict_values", ObjectType)
	DictItemsType  = newBuiltinType("dict_items", ObjectType)
)

// Type implements Value.
func (v *DictView) Type() *Type {
	return [...]*Type{DictKeysType, DictValuesType, DictItemsType}[v.Kind]
}

// values returns the view's elements.
func (v *DictView) values() []Value {
	out := make([]Value, 0, v.D.Len())
	v.D.Range(func(k, val Value) bool {
		switch v.Kind {
		case viewKeys:
			out = append(out, k)
		case viewValues:
			out = append(out, val)
		default:
			out = append(out, Tuple{k, val})
		}
		return true
	})
	return out
}

// viewContains is `x in view`.
func viewContains(th *Thread, v *DictView, x Value) (bool, error) {
	switch v.Kind {
	case viewKeys:
		_, ok, err := v.D.Get(th, x)
		return ok, err
	case viewItems:
		t, ok := x.(Tuple)
		if !ok || len(t) != 2 {
			return false, nil
		}
		val, ok, err := v.D.Get(th, t[0])
		if err != nil || !ok {
			return false, err
		}
		return sameOrEqual(th, val, t[1])
	}
	for _, e := range v.values() {
		eq, err := sameOrEqual(th, e, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// viewAsSet returns the elements of a keys or items view, or of another
// set-like value, as a set.
func viewAsSet(th *Thread, v Value) (*Set, error) {
	if dv, ok := v.(*DictView); ok {
		s := NewSet(false)
		for _, e := range dv.values() {
			if err := s.Add(th, e); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
	return asSet(th, v)
}

// viewCompare compares keys and items views with sets and other views as
// sets; values views compare by identity.
func viewCompare(th *Thread, op compile.CompareOp, v *DictView, b Value) (Value, error) {
	if v.Kind == viewValues {
		return identityCompare(op, v, b), nil
	}
	switch y := b.(type) {
	case *Set:
	case *DictView:
		if y.Kind == viewValues {
			return NotImplemented, nil
		}
	default:
		return NotImplemented, nil
	}
	x, err := viewAsSet(th, v)
	if err != nil {
		return nil, err
	}
	y, err := viewAsSet(th, b)
	if err != nil {
		return nil, err
	}
	return setCompare(th, op, x, y)
}

// viewBinary computes the set operators with a keys or items view on
// either side; the result is a set.
func viewBinary(th *Thread, op compile.BinaryOp, a, b Value) (Value, error) {
	switch op {
	case compile.OpOr, compile.OpAnd, compile.OpSub, compile.OpXor:
	default:
		return nil, nil
	}
	if !isIterable(a) || !isIterable(b) {
		return nil, nil
	}
	x, err := viewAsSet(th, a)
	if err != nil {
		return nil, err
	}
	y, err := viewAsSet(th, b)
	if err != nil {
		return nil, err
	}
	return setBinary(th, op, x, y)
}

// dictSetChecked sets d[k] = v with the size limit.
func dictSetChecked(th *Thread, d *Dict, k, v Value) error {
	if d.Len() >= MaxContainerLen {
		if _, ok, err := d.Get(th, k); err != nil || !ok {
			if err != nil {
				return err
			}
			return tooLarge("dict", int64(d.Len())+1)
		}
	}
	return d.Set(th, k, v)
}

// dictUpdate is d.update(other): a dict, a mapping with keys(), or an
// iterable of pairs.
func dictUpdate(th *Thread, d *Dict, other Value) error {
	if o, ok := other.(*Dict); ok {
		for _, kv := range o.Items() {
			if err := dictSetChecked(th, d, kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	}
	if _, ok := other.(*DictView); !ok {
		if keys, err := GetAttr(th, other, "keys"); err == nil {
			ks, err := callValue(th, keys, nil, nil)
			if err != nil {
				return err
			}
			return Iterate(th, ks, func(k Value) error {
				v, err := GetItem(th, other, k)
				if err != nil {
					return err
				}
				return dictSetChecked(th, d, k, v)
			})
		}
	}
	i := 0
	return Iterate(th, other, func(item Value) error {
		var pair []Value
		switch x := item.(type) {
		case Tuple:
			pair = x
		case *List:
			pair = x.Elems
		default:
			if !isIterable(item) {
				return Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			var err error
			if pair, err = collect(th, item, ""); err != nil {
				return err
			}
		}
		if len(pair) != 2 {
			return Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return dictSetChecked(th, d, pair[0], pair[1])
	})
}

// dictUpdateKw adds keyword arguments to d.
func dictUpdateKw(d *Dict, args []Value, kwnames []string) {
	kv := args[len(args)-len(kwnames):]
	for i, k := range kwnames {
		d.SetStr(k, kv[i])
	}
}

// dictSelf returns the receiver of a dict method.
func dictSelf(args []Value) *Dict { return args[0].(*Dict) }

func init() {
	DictType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		pos := args[1 : len(args)-len(kwnames)]
		if err := checkPositional("dict", len(pos), 0, 1); err != nil {
			return nil, err
		}
		d := NewDict()
		if len(pos) == 1 {
			if err := dictUpdate(th, d, pos[0]); err != nil {
				return nil, err
			}
		}
		dictUpdateKw(d, args, kwnames)
		return d, nil
	}
	DictType.SetMethod("get", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("get", args[1:], kwnames, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := dictSelf(args).Get(th, args[1])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		if len(args) == 3 {
			return args[2], nil
		}
		return None, nil
	})
	DictType.SetMethod("setdefault", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("setdefault", args[1:], kwnames, 1, 2); err != nil {
			return nil, err
		}
		d := dictSelf(args)
		v, ok, err := d.Get(th, args[1])
		if err != nil || ok {
			return v, err
		}
		def := Value(None)
		if len(args) == 3 {
			def = args[2]
		}
		return def, dictSetChecked(th, d, args[1], def)
	})
	DictType.SetMethod("pop", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("pop", args[1:], kwnames, 1, 2); err != nil {
			return nil, err
		}
		d := dictSelf(args)
		v, ok, err := d.Get(th, args[1])
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 3 {
				return args[2], nil
			}
			return nil, NewException(KeyErrorType, args[1])
		}
		_, err = d.Delete(th, args[1])
		return v, err
	})
	DictType.SetMethod("popitem", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("dict.popitem", args, kwnames); err != nil {
			return nil, err
		}
		k, v, ok := dictSelf(args).PopLast()
		if !ok {
			return nil, NewException(KeyErrorType, Str("popitem(): dictionary is empty"))
		}
		return Tuple{k, v}, nil
	})
	for kind, name := range []string{"keys", "values", "items"} {
		kind, qual := kind, "dict."+name
		DictType.SetMethod(name, ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := methNoArgs(qual, args, kwnames); err != nil {
				return nil, err
			}
			return &DictView{D: dictSelf(args), Kind: kind}, nil
		})
	}
	DictType.SetMethod("update", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		pos := args[1 : len(args)-len(kwnames)]
		if err := checkPositional("update", len(pos), 0, 1); err != nil {
			return nil, err
		}
		d := dictSelf(args)
		if len(pos) == 1 {
			if err := dictUpdate(th, d, pos[0]); err != nil {
				return nil, err
			}
		}
		dictUpdateKw(d, args, kwnames)
		return None, nil
	})
	DictType.SetMethod("copy", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("dict.copy", args, kwnames); err != nil {
			return nil, err
		}
		return dictSelf(args).Copy(), nil
	})
	DictType.SetMethod("clear", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("dict.clear", args, kwnames); err != nil {
			return nil, err
		}
		dictSelf(args).Clear()
		return None, nil
	})
	DictType.SetAttr("fromkeys", &ClassMethod{Func: &Builtin{Name: "fromkeys", Owner: DictType, Effect: Pure,
		Fn: func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if _, err := posArgs("fromkeys", args[1:], kwnames, 1, 2); err != nil {
				return nil, err
			}
			val := Value(None)
			if len(args) == 3 {
				val = args[2]
			}
			d := NewDict()
			err := Iterate(th, args[1], func(k Value) error { return dictSetChecked(th, d, k, val) })
			if err != nil {
				return nil, err
			}
			return d, nil
		}}})
	DictType.SetMethod("__contains__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("dict.__contains__", args, kwnames); err != nil {
			return nil, err
		}
		_, ok, err := dictSelf(args).Get(th, args[1])
		return Bool(ok), err
	})
	DictType.SetMethod("__len__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return MakeInt(int64(dictSelf(args).Len())), nil
	})
	DictType.SetMethod("__getitem__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("dict.__getitem__", args, kwnames); err != nil {
			return nil, err
		}
		return GetItem(th, args[0], args[1])
	})
	DictType.SetMethod("__setitem__", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("__setitem__", args[1:], kwnames, 2, 2); err != nil {
			return nil, err
		}
		return None, SetItem(th, args[0], args[1], args[2])
	})
	DictType.SetMethod("__delitem__", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("dict.__delitem__", args, kwnames); err != nil {
			return nil, err
		}
		return None, DelItem(th, args[0], args[1])
	})
	DictType.SetMethod("__iter__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return newDictIterator(dictSelf(args), viewKeys, false), nil
	})
	DictType.SetMethod("__reversed__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return newDictIterator(dictSelf(args), viewKeys, true), nil
	})
	for kind, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		kind := kind
		t.SetMethod("__reversed__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return newDictIterator(args[0].(*DictView).D, kind, true), nil
		})
		t.SetMethod("__len__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return MakeInt(int64(args[0].(*DictView).D.Len())), nil
		})
		t.SetMethod("__iter__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return newDictIterator(args[0].(*DictView).D, kind, false), nil
		})
	}
	DictKeysType.SetMethod("isdisjoint", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("dict_keys.isdisjoint", args, kwnames); err != nil {
			return nil, err
		}
		v := args[0].(*DictView)
		found := false
		err := Iterate(th, args[1], func(x Value) error {
			ok, err := viewContains(th, v, x)
			if err != nil {
				return err
			}
			if ok {
				found = true
				return errStopIterate
			}
			return nil
		})
		if err != nil && err != errStopIterate {
			return nil, err
		}
		return Bool(!found), nil
	})
}
