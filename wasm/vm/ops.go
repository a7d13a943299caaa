package vm

// This file holds the generic operations on values that the interpreter loop
// and the builtins share. The operators live in ops_binary.go and
// ops_compare.go, hashing in hash.go, repr and str in repr.go, attributes in
// attr.go, items in item.go and iteration in iter.go.

// truthSlow is Truth for values other than the common builtins: container
// lengths, then __bool__ and __len__ of classes.
func truthSlow(th *Thread, v Value) (bool, error) {
	switch x := v.(type) {
	case *Dict:
		return x.Len() != 0, nil
	case *Set:
		return x.items.Len() != 0, nil
	case *Range:
		return rangeLen64(x) != 0, nil
	case *BigRange:
		return x.length().Sign() != 0, nil
	case *DictView:
		return x.D.Len() != 0, nil
	case EllipsisType, NotImplementedType:
		return true, nil
	}
	if r, found, err := callSpecial(th, v, "__bool__"); found {
		if err != nil {
			return false, err
		}
		b, ok := r.(Bool)
		if !ok {
			return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", TypeName(r))
		}
		return bool(b), nil
	}
	if fn, ok := lookupSpecial(v, "__len__"); ok {
		n, err := callLen(th, fn, v)
		return n != 0, err
	}
	return true, nil
}

// Len returns len(v).
func Len(th *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case *List:
		return len(x.Elems), nil
	case Tuple:
		return len(x), nil
	case Str:
		return strLen(string(x)), nil
	case *Dict:
		return x.Len(), nil
	case *Set:
		return x.items.Len(), nil
	case *DictView:
		return x.D.Len(), nil
	case *Range:
		n := rangeLen(x)
		if _, ok := n.(Int); !ok {
			return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return int(n.(Int)), nil
	case *BigRange:
		n := x.length()
		if !n.IsInt64() {
			return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return int(n.Int64()), nil
	}
	if fn, ok := lookupSpecial(v, "__len__"); ok {
		return callLen(th, fn, v)
	}
	return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", TypeName(v))
}

// callLen calls a __len__ method and checks its result.
func callLen(th *Thread, fn, v Value) (int, error) {
	r, err := callMethod(th, fn, v)
	if err != nil {
		return 0, err
	}
	n, err := Index(th, r)
	if err != nil {
		return 0, err
	}
	if intSign(n) < 0 {
		return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
	}
	i, ok := n.(Int)
	if !ok {
		return 0, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return int(i), nil
}

// Index returns v as an int, as operator.index: ints as they are (bools
// as 0 and 1), other objects through __index__.
func Index(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case Int, *BigInt:
		return v, nil
	case Bool:
		if x {
			return MakeInt(1), nil
		}
		return MakeInt(0), nil
	}
	if r, found, err := callSpecial(th, v, "__index__"); found {
		if err != nil {
			return nil, err
		}
		if !isInt(r) {
			return nil, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
		}
		return Index(th, r)
	}
	return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(v))
}

// IndexInt is Index for values that must fit an int64 (counts, indices);
// too large ints fail with OverflowError.
func IndexInt(th *Thread, v Value) (int64, error) {
	if x, ok := v.(Int); ok {
		return int64(x), nil
	}
	r, err := Index(th, v)
	if err != nil {
		return 0, err
	}
	if x, ok := r.(Int); ok {
		return int64(x), nil
	}
	return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
}
