package vm

import "sort"

// builtinNames maps the names of the builtins module to their values. Files
// that implement builtins register them from init functions.
var builtinNames = map[string]Value{}

// RegisterBuiltin adds a builtin function implemented in Go.
func RegisterBuiltin(name string, effect Effect, fn NativeFunc) {
	builtinNames[name] = &Builtin{Name: name, Fn: fn, Effect: effect}
}

// RegisterBuiltinValue adds a value (a type, a constant) to the builtins.
func RegisterBuiltinValue(name string, v Value) { builtinNames[name] = v }

// BuiltinNames returns the registered builtin names, sorted.
func BuiltinNames() []string {
	names := make([]string, 0, len(builtinNames))
	for n := range builtinNames {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// ModuleInit builds a module for a machine. It runs once per Machine, the
// first time the program imports the module.
type ModuleInit func(th *Thread) (*Module, error)

var moduleInits = map[string]ModuleInit{}

// RegisterModule makes a module importable by name.
func RegisterModule(name string, init ModuleInit) { moduleInits[name] = init }

// NewModule returns an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", Str(name))
	return m
}

// SetFunc adds a Go function to a module.
func (m *Module) SetFunc(name string, effect Effect, fn NativeFunc) {
	m.Dict.SetStr(name, &Builtin{Name: name, Fn: fn, Effect: effect})
}
