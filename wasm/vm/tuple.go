package vm

// This file implements the tuple type's methods and constructor.

func init() {
	TupleType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := noKwargs("tuple", kwnames); err != nil {
			return nil, err
		}
		args = args[1:]
		if err := checkPositional("tuple", len(args), 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return EmptyTuple, nil
		}
		if t, ok := args[0].(Tuple); ok {
			return t, nil
		}
		items, err := collect(th, args[0], "")
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			return EmptyTuple, nil
		}
		return Tuple(items), nil
	}
	TupleType.SetMethod("count", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("tuple.count", args, kwnames); err != nil {
			return nil, err
		}
		n := 0
		for _, e := range args[0].(Tuple) {
			eq, err := sameOrEqual(th, e, args[1])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return MakeInt(int64(n)), nil
	})
	TupleType.SetMethod("index", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("index", args[1:], kwnames, 1, 3); err != nil {
			return nil, err
		}
		t := args[0].(Tuple)
		start, end, err := indexBounds(th, args[2:], len(t))
		if err != nil {
			return nil, err
		}
		for i := start; i < end; i++ {
			eq, err := sameOrEqual(th, t[i], args[1])
			if err != nil {
				return nil, err
			}
			if eq {
				return MakeInt(int64(i)), nil
			}
		}
		return nil, Errorf(ValueErrorType, "tuple.index(x): x not in tuple")
	})
	TupleType.SetMethod("__len__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return MakeInt(int64(len(args[0].(Tuple)))), nil
	})
	TupleType.SetMethod("__getitem__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("tuple.__getitem__", args, kwnames); err != nil {
			return nil, err
		}
		return GetItem(th, args[0], args[1])
	})
	TupleType.SetMethod("__contains__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("tuple.__contains__", args, kwnames); err != nil {
			return nil, err
		}
		ok, err := Contains(th, args[0], args[1])
		return Bool(ok), err
	})
	TupleType.SetMethod("__iter__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return &tupleIterator{t: args[0].(Tuple)}, nil
	})
}
