package vm

import "lockstep/wasm/compile"

// Function is a function defined by the program (def or lambda), a
// comprehension body or a class body.
type Function struct {
	Header
	Code       *compile.Code
	Globals    *Dict
	Module     *Module
	Defaults   Tuple // defaults for the last positional parameters
	KwDefaults *Dict // keyword-only defaults, or nil
	Closure    []*Cell
	Name       string
	QualName   string
	Dict       *Dict // function attributes (__name__ etc. are computed), or nil
}

// Type implements Value.
func (*Function) Type() *Type { return FunctionType }

// Iterator is implemented by iterators written in Go (list_iterator,
// range_iterator, dict_keyiterator…). Next returns ok=false when exhausted.
type Iterator interface {
	Value
	Next(th *Thread) (v Value, ok bool, err error)
}
