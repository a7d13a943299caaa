package vm

// Type is a Python class: a builtin type implemented in Go or a class
// defined by a program.
type Type struct {
	Header
	Name     string
	QualName string
	Module   string // "builtins" for builtin types, "__main__" for the program's classes
	Bases    []*Type
	MRO      []*Type // the type itself first
	Dict     *Dict

	// Builtin marks types implemented in Go; instances have a Go
	// representation chosen by the type (Int, Str, *List, …).
	Builtin bool
	// BaseSubclassable says whether programs may derive from a builtin type.
	BaseSubclassable bool
	// New constructs an instance of a builtin type: args[0] is the type
	// being instantiated (a subclass for exceptions), the rest are the call's
	// arguments. nil for types that cannot be instantiated.
	New NativeFunc
	// Doc is the docstring, or "".
	Doc string

	// instDictHint is the most attributes an instance of the class has held
	// (classes defined by the program only): new instances' dicts start
	// with room for that many, instead of growing slot by slot.
	instDictHint int
}

// Type implements Value: the class of every class is `type`.
func (*Type) Type() *Type { return TypeType }

// Instance is an object of a class defined by the program.
type Instance struct {
	Header
	Class *Type
	Dict  *Dict
}

// Type implements Value.
func (o *Instance) Type() *Type { return o.Class }

// Lookup finds name along the MRO, without descriptors.
func (t *Type) Lookup(name string) (Value, bool) {
	for _, c := range t.MRO {
		if v, ok := c.Dict.GetStr(name); ok {
			return v, true
		}
	}
	return nil, false
}

// IsSubtype reports whether t is super or derives from it.
func (t *Type) IsSubtype(super *Type) bool {
	if t == super {
		return true
	}
	for _, c := range t.MRO {
		if c == super {
			return true
		}
	}
	return false
}

// SetMethod registers a Go method on a builtin type. fn receives the
// receiver as args[0].
func (t *Type) SetMethod(name string, effect Effect, fn NativeFunc) {
	t.Dict.SetStr(name, &Builtin{Name: name, Fn: fn, Owner: t, Effect: effect})
}

// SetAttr stores a class attribute.
func (t *Type) SetAttr(name string, v Value) { t.Dict.SetStr(name, v) }

// newBuiltinType makes a builtin type deriving from base (nil for object).
func newBuiltinType(name string, base *Type) *Type {
	t := &Type{Name: name, QualName: name, Module: "builtins", Dict: NewDict(), Builtin: true}
	t.id = globalID()
	if base != nil {
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
	} else {
		t.MRO = []*Type{t}
	}
	return t
}

// NewBuiltinType makes a builtin type for a native module (threading.Lock,
// queue.Queue…). module is the module name shown in reprs.
func NewBuiltinType(module, name string, base *Type) *Type {
	if base == nil {
		base = ObjectType
	}
	t := newBuiltinType(name, base)
	t.Module = module
	return t
}

// The builtin types.
var (
	ObjectType             = newBuiltinType("object", nil)
	TypeType               = newBuiltinType("type", ObjectType)
	NoneTypeType           = newBuiltinType("NoneType", ObjectType)
	NotImplementedTypeType = newBuiltinType("NotImplementedType", ObjectType)
	EllipsisTypeType       = newBuiltinType("ellipsis", ObjectType)
	IntType                = newBuiltinType("int", ObjectType)
	BoolType               = newBuiltinType("bool", IntType)
	FloatType              = newBuiltinType("float", ObjectType)
	StrType                = newBuiltinType("str", ObjectType)
	TupleType              = newBuiltinType("tuple", ObjectType)
	ListType               = newBuiltinType("list", ObjectType)
	DictType               = newBuiltinType("dict", ObjectType)
	SetType                = newBuiltinType("set", ObjectType)
	FrozenSetType          = newBuiltinType("frozenset", ObjectType)
	RangeType              = newBuiltinType("range", ObjectType)
	SliceType              = newBuiltinType("slice", ObjectType)
	CellType               = newBuiltinType("cell", ObjectType)
	ModuleType             = newBuiltinType("module", ObjectType)
	FunctionType           = newBuiltinType("function", ObjectType)
	BuiltinFunctionType    = newBuiltinType("builtin_function_or_method", ObjectType)
	BuiltinMethodType      = BuiltinFunctionType
	MethodType             = newBuiltinType("method", ObjectType)
	PropertyType           = newBuiltinType("property", ObjectType)
	StaticMethodType       = newBuiltinType("staticmethod", ObjectType)
	ClassMethodType        = newBuiltinType("classmethod", ObjectType)
	GeneratorType          = newBuiltinType("generator", ObjectType)
	SuperType              = newBuiltinType("super", ObjectType)
)

// TypeName returns the name CPython uses for v's type in error messages.
func TypeName(v Value) string { return v.Type().Name }
