package vm

import (
	"sort"
	"strings"

	"lockstep/wasm/compile"
)

// importName implements IMPORT_NAME: it returns the top package of a
// dotted name, or its leaf when leaf is set.
func (th *Thread) importName(name string, leaf bool) (Value, error) {
	parts := strings.Split(name, ".")
	var top, cur *Module
	for i := range parts {
		full := strings.Join(parts[:i+1], ".")
		mod, err := th.m.loadModule(th, full)
		if err != nil {
			return nil, err
		}
		if cur != nil {
			cur.Dict.SetStr(parts[i], mod)
		}
		if top == nil {
			top = mod
		}
		cur = mod
	}
	if leaf {
		return cur, nil
	}
	return top, nil
}

// loadModule returns the machine's instance of a module, creating it on
// first import.
func (m *Machine) loadModule(th *Thread, name string) (*Module, error) {
	if mod, ok := m.modules[name]; ok {
		return mod, nil
	}
	init, ok := moduleInits[name]
	if !ok {
		if isPackage(name) {
			mod := NewModule(name)
			m.modules[name] = mod
			return mod, nil
		}
		if reason, refused := refusedModules[name]; refused {
			return nil, Errorf(ModuleNotFoundErrorType, "lockstep does not support the module '%s' (%s)", name, reason)
		}
		return nil, Errorf(ModuleNotFoundErrorType, "No module named '%s'", name)
	}
	mod, err := init(th)
	if err != nil {
		return nil, err
	}
	m.modules[name] = mod
	if m.sysModules != nil {
		m.sysModules.SetStr(name, mod)
	}
	return mod, nil
}

// isPackage reports whether name is the parent of a registered module.
func isPackage(name string) bool {
	for n := range moduleInits {
		if strings.HasPrefix(n, name+".") {
			return true
		}
	}
	return false
}

var refusedModules = map[string]string{
	"asyncio":         "async code",
	"multiprocessing": "processes",
	"subprocess":      "processes",
	"socket":          "the network",
	"os":              "the operating system",
	"io":              "files",
	"pathlib":         "files",
	"_thread":         "use threading",
}

// AvailableModules lists the importable modules, sorted.
func AvailableModules() []string {
	var names []string
	for n := range moduleInits {
		if !strings.HasPrefix(n, "_") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// importFrom implements IMPORT_FROM.
func importFrom(th *Thread, mod Value, name string) (Value, error) {
	m, ok := mod.(*Module)
	if !ok {
		return GetAttr(th, mod, name)
	}
	if v, ok := m.Dict.GetStr(name); ok {
		return v, nil
	}
	// a submodule
	if _, ok := moduleInits[m.Name+"."+name]; ok {
		return th.importName(m.Name+"."+name, true)
	}
	return nil, Errorf(ImportErrorType, "cannot import name '%s' from '%s' (unknown location)", name, m.Name)
}

// importStar implements IMPORT_STAR.
func (th *Thread) importStar(fr *Frame, mod Value) error {
	m, ok := mod.(*Module)
	if !ok {
		return Errorf(TypeErrorType, "import * from a non-module")
	}
	dst := fr.names
	if dst == nil {
		dst = fr.globals
	}
	if all, ok := m.Dict.GetStr("__all__"); ok {
		return Iterate(th, all, func(v Value) error {
			name, _ := v.(Str)
			val, ok := m.Dict.GetStr(string(name))
			if !ok {
				return Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", m.Name, name)
			}
			dst.SetStr(string(name), val)
			return nil
		})
	}
	m.Dict.Range(func(k, v Value) bool {
		if s, ok := k.(Str); ok && !strings.HasPrefix(string(s), "_") {
			dst.SetStr(string(s), v)
		}
		return true
	})
	return nil
}

// ExecModule creates module name by running code (a compiled module of
// Lockstep's own library, marked Internal) in a fresh namespace.
func ExecModule(th *Thread, name string, code *compile.Code) (*Module, error) {
	PrepareCode(code)
	mod := NewModule(name)
	th.m.modules[name] = mod // visible to imports inside the module
	fn := &Function{Code: code, Globals: mod.Dict, Module: mod, Name: code.Name, QualName: code.QualName}
	if _, err := th.Call(fn, nil, nil); err != nil {
		delete(th.m.modules, name)
		return nil, err
	}
	return mod, nil
}
