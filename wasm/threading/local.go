package threading

import (
	"strings"

	"lockstep/wasm/vm"
)

// Local is threading.local: an object whose attributes are per thread.
// Each thread sees its own attribute dictionary, created the first time the
// thread touches the object; for a subclass that defines __init__, the
// constructor's arguments are passed to __init__ again in that thread, as
// CPython does. Accesses to a Local are not shared state, so they are not
// steps and exploration does not see them.
type Local struct {
	vm.Header
	cls     *vm.Type
	dicts   map[int]*vm.Dict // thread id -> that thread's attributes
	args    []vm.Value       // the constructor's arguments (keywords last)
	kwnames []string
}

// LocalType is threading.local (CPython's _thread._local).
var LocalType = vm.NewBuiltinType("builtins", "_thread._local", nil)

// Type implements vm.Value.
func (l *Local) Type() *vm.Type { return l.cls }

// Describe implements vm.Describer: the state panel shows each thread's
// attributes.
func (l *Local) Describe(m *vm.Machine) vm.PrimitiveInfo {
	info := vm.PrimitiveInfo{Type: "local", Waiters: []int{}}
	var parts []string
	for _, t := range m.Threads() {
		d := l.dicts[t.ID]
		if d == nil || d.Len() == 0 {
			continue
		}
		var attrs []string
		d.Range(func(k, v vm.Value) bool {
			ks, _ := k.(vm.Str)
			attrs = append(attrs, string(ks)+"="+valueRepr(v))
			return true
		})
		parts = append(parts, t.Label()+": "+strings.Join(attrs, ", "))
	}
	if len(parts) == 0 {
		info.Text = "no attributes in any thread"
	} else {
		info.Text = strings.Join(parts, "; ")
	}
	return info
}

func newLocal(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	cls := args[0].(*vm.Type)
	rest := args[1:]
	if len(rest) > 0 {
		if init, ok := cls.Lookup("__init__"); !ok || !isPythonInit(init) {
			return nil, vm.Errorf(vm.TypeErrorType, "Initialization arguments are not supported")
		}
	}
	l := &Local{cls: cls, dicts: map[int]*vm.Dict{}, args: append([]vm.Value(nil), rest...), kwnames: kwnames}
	if th != nil {
		// the creating thread runs __init__ through the class call itself
		l.dicts[th.ID] = vm.NewDict()
	}
	return l, nil
}

// isPythonInit reports whether a class's __init__ is defined by the
// program (not object.__init__).
func isPythonInit(v vm.Value) bool {
	switch v.(type) {
	case *vm.Function, *vm.BoundMethod:
		return true
	}
	return false
}

// dict returns the running thread's attributes, creating them (and running
// a subclass's __init__ in this thread) on first use.
func (l *Local) dict(th *vm.Thread) (*vm.Dict, error) {
	if d := l.dicts[th.ID]; d != nil {
		return d, nil
	}
	d := vm.NewDict()
	l.dicts[th.ID] = d
	if init, ok := l.cls.Lookup("__init__"); ok && isPythonInit(init) {
		args := append([]vm.Value{l}, l.args...)
		if _, err := th.Call(init, args, l.kwnames); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// isDataDescriptor reports whether the class defines name as a property,
// which takes precedence over the per-thread attributes.
func (l *Local) isDataDescriptor(name string) bool {
	v, ok := l.cls.Lookup(name)
	if !ok {
		return false
	}
	_, isProp := v.(*vm.Property)
	return isProp
}

// GetAttr implements vm.AttrGetter.
func (l *Local) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if th == nil || l.isDataDescriptor(name) {
		return nil, false, nil
	}
	d, err := l.dict(th)
	if err != nil {
		return nil, false, err
	}
	if name == "__dict__" {
		return d, true, nil
	}
	if v, ok := d.GetStr(name); ok {
		return v, true, nil
	}
	return nil, false, nil
}

// SetAttr implements vm.AttrSetter.
func (l *Local) SetAttr(th *vm.Thread, name string, v vm.Value) (bool, error) {
	if th == nil || l.isDataDescriptor(name) {
		return false, nil
	}
	if name == "__dict__" {
		return true, vm.Errorf(vm.AttributeErrorType, "'%s' object attribute '__dict__' is read-only", l.cls.Name)
	}
	d, err := l.dict(th)
	if err != nil {
		return true, err
	}
	d.SetStr(name, v)
	return true, nil
}

// DelAttr implements vm.AttrDeleter.
func (l *Local) DelAttr(th *vm.Thread, name string) (bool, error) {
	if th == nil || l.isDataDescriptor(name) {
		return false, nil
	}
	d, err := l.dict(th)
	if err != nil {
		return true, err
	}
	if !d.DeleteStr(name) {
		return true, vm.Errorf(vm.AttributeErrorType, "'%s' object has no attribute '%s'", l.cls.Name, name)
	}
	return true, nil
}

func init() {
	LocalType.New = newLocal
	LocalType.BaseSubclassable = true
}
