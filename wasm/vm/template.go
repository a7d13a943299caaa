package vm

import (
	"maps"

	"lockstep/wasm/compile"
)

// ModuleTemplate is a module of Lockstep's own library executed once per
// process in a private machine; machines then instantiate it by copying its
// objects (classes, functions, instances, dicts) instead of running its code
// again. A copy is indistinguishable from a fresh execution: the template is
// only made when executing the module leaves no trace in its machine other
// than the module itself, one imported module, the identity-free objects it
// built, the ticks it used and the Python object of the main thread.
type ModuleTemplate struct {
	name string
	mod  *Module
	// dep is the one other module the code imported ("" when none), and
	// depNames maps its dict's native functions to their names.
	dep      string
	depNames map[*Builtin]string
	ticks    int64
	// mainObject is the template's thread 0 object (set_object), or nil.
	mainObject Value
	// ids is the number of object identities the execution assigned, all
	// to objects the copy reproduces (in the same order).
	ids uint64
	// index numbers the template's objects that a copy reproduces.
	index map[any]int
}

// NewModuleTemplate executes code as module name in a private machine and
// returns the template, or nil when the execution failed or had effects a
// copy could not reproduce (callers then execute the code in each machine).
func NewModuleTemplate(name string, code *compile.Code) *ModuleTemplate {
	PrepareCode(code)
	tm := NewMachine(&Program{Code: code, Filename: "<template>"}, Options{Trace: true, Accesses: true})
	th := tm.newThread("MainThread", false, nil)
	th.started = true
	tm.stepNo = 1
	tm.running = th
	tm.modules = map[string]*Module{}
	mod, err := ExecModule(th, name, code)
	if err != nil || len(tm.names) != 0 || len(tm.events) != 0 ||
		len(tm.accesses) != 0 || len(tm.spawned) != 0 || len(tm.threads) != 1 ||
		tm.stdout.Len() != 0 || tm.stderr.Len() != 0 || tm.clock != 0 || tm.stepNo != 1 ||
		tm.status != StatusRunning || tm.overBudget || tm.sysModules != nil || th.frame() != nil {
		return nil
	}
	t := &ModuleTemplate{name: name, mod: mod, ticks: tm.ticks, mainObject: th.Object, ids: tm.nextID}
	for n, dm := range tm.modules {
		if n == name {
			continue
		}
		if t.dep != "" {
			return nil
		}
		t.dep = n
		t.depNames = map[*Builtin]string{}
		ok := true
		dm.Dict.Range(func(k, v Value) bool {
			if b, isB := v.(*Builtin); isB {
				if _, dup := t.depNames[b]; dup {
					ok = false
					return false
				}
				t.depNames[b] = string(k.(Str))
			}
			return true
		})
		if !ok {
			return nil
		}
	}
	// a dry run proves that every object reachable from the module can be
	// copied
	c := &cloner{t: t, memo: map[any]Value{}, ids: make([]*Header, t.ids+1), dep: NewModule(t.dep), self: NewModule(name)}
	for b, n := range t.depNames {
		c.dep.Dict.SetStr(n, b)
	}
	c.put(mod.Dict, c.self.Dict)
	if !c.fillDict(c.self.Dict, mod.Dict) {
		return nil
	}
	c.noteModule(c.self)
	if t.mainObject != nil {
		if _, ok := c.clone(t.mainObject); !ok {
			return nil
		}
	}
	// every identity went to an object the copy reproduces (an identity
	// given to a shared object, or to a temporary, could not be replayed)
	for _, h := range c.ids[1:] {
		if h == nil {
			return nil
		}
	}
	t.index = make(map[any]int, len(c.memo))
	for k := range c.memo {
		t.index[k] = len(t.index)
	}
	return t
}

// Instantiate returns the module for th's machine, as executing the
// template's code there would have made it; ok is false when it cannot (the
// caller then executes the code).
func (t *ModuleTemplate) Instantiate(th *Thread) (mod *Module, ok bool, err error) {
	m := th.m
	if t == nil || m == nil || th.noPython || len(m.threads) != 1 || m.preemptive || len(th.frames) > 100 ||
		m.ticks+t.ticks > m.maxTicks {
		return nil, false, nil
	}
	if _, loaded := m.modules[t.name]; loaded {
		return nil, false, nil
	}
	var dep *Module
	if t.dep != "" {
		if _, loaded := m.modules[t.dep]; loaded {
			// the program imported it (and may have changed it) first
			return nil, false, nil
		}
		self := NewModule(t.name)
		m.modules[t.name] = self
		dep, err = m.loadModule(th, t.dep)
		if err != nil {
			delete(m.modules, t.name)
			return nil, true, err
		}
		mod = self
	} else {
		mod = NewModule(t.name)
	}
	c := &cloner{t: t, copies: make([]Value, len(t.index)), ids: make([]*Header, t.ids+1), dep: dep, self: mod}
	c.put(t.mod.Dict, mod.Dict)
	if !c.fillDict(mod.Dict, t.mod.Dict) {
		delete(m.modules, t.name)
		return nil, false, nil
	}
	c.noteModule(mod)
	if t.mainObject != nil {
		obj, _ := c.clone(t.mainObject)
		m.threads[0].Object = obj
	}
	// the identities the execution would have assigned, in its order
	for _, h := range c.ids[1:] {
		h.ObjectID(m)
	}
	m.ticks += t.ticks
	m.modules[t.name] = mod
	return mod, true, nil
}

// cloner copies a template's object graph into another machine.
type cloner struct {
	t *ModuleTemplate
	// the copies made so far: by template object in memo (while the
	// template is checked), by t.index in copies (when instantiating)
	memo   map[any]Value
	copies []Value
	ids    []*Header // template identity -> the copy's header
	dep    *Module   // the machine's instance of t.dep
	self   *Module   // the machine's instance of the template's module
}

// get returns the copy of template object v, if made.
func (c *cloner) get(v Value) (Value, bool) {
	if c.memo != nil {
		r, ok := c.memo[v]
		return r, ok
	}
	i, ok := c.t.index[v]
	if !ok || c.copies[i] == nil {
		return nil, false
	}
	return c.copies[i], true
}

// put records r as the copy of template object v.
func (c *cloner) put(v, r Value) {
	if c.memo != nil {
		c.memo[v] = r
		return
	}
	if i, ok := c.t.index[v]; ok {
		c.copies[i] = r
	}
}

// clone returns the copy of v; ok is false for a value it cannot copy. The
// copies of objects that had an identity are noted in c.ids.
func (c *cloner) clone(v Value) (Value, bool) {
	r, ok := c.cloneValue(v)
	if ok {
		if h, isH := v.(HasHeader); isH && h.header().id != 0 && h != r {
			id := h.header().id
			if id >= uint64(len(c.ids)) {
				return nil, false
			}
			c.ids[id] = r.(HasHeader).header()
		}
	}
	return r, ok
}

// cloneValue copies v (see clone).
func (c *cloner) cloneValue(v Value) (Value, bool) {
	switch x := v.(type) {
	case nil:
		return nil, true
	case Str, Int, Float, Bool, NoneType:
		return v, true
	case Tuple:
		if len(x) == 0 {
			return x, true
		}
		out := make(Tuple, len(x))
		for i, e := range x {
			ce, ok := c.clone(e)
			if !ok {
				return nil, false
			}
			out[i] = ce
		}
		return out, true
	}
	switch v.(type) {
	case *Module, *Builtin, *Dict, *List, *Cell, *Type, *Function, *Instance, *Property, *StaticMethod, *ClassMethod:
	default:
		return nil, false
	}
	if r, ok := c.get(v); ok {
		return r, true
	}
	switch x := v.(type) {
	case *Module:
		switch {
		case x == c.t.mod:
			return c.self, true
		case c.t.dep != "" && x.Name == c.t.dep && c.dep != nil:
			return c.dep, true
		}
		return nil, false
	case *Builtin:
		if x.Self != nil {
			return nil, false
		}
		if n, ok := c.t.depNames[x]; ok {
			if c.dep == nil {
				return nil, false
			}
			nb, ok := c.dep.Dict.GetStr(n)
			if !ok {
				return nil, false
			}
			return nb, true
		}
		// a builtin shared by every machine
		return x, true
	case *Dict:
		d := &Dict{}
		c.put(x, d)
		if !c.fillDict(d, x) {
			return nil, false
		}
		return d, true
	case *List:
		l := &List{Elems: make([]Value, len(x.Elems), cap(x.Elems))}
		c.put(x, l)
		for i, e := range x.Elems {
			ce, ok := c.clone(e)
			if !ok {
				return nil, false
			}
			l.Elems[i] = ce
		}
		return l, true
	case *Cell:
		cell := &Cell{}
		c.put(x, cell)
		cv, ok := c.clone(x.V)
		if !ok {
			return nil, false
		}
		cell.V = cv
		return cell, true
	case *Type:
		if x.Builtin {
			return x, true
		}
		t := &Type{Name: x.Name, QualName: x.QualName, Module: x.Module, BaseSubclassable: x.BaseSubclassable, New: x.New, Doc: x.Doc}
		c.put(x, t)
		for _, b := range x.Bases {
			cb, ok := c.clone(b)
			if !ok {
				return nil, false
			}
			t.Bases = append(t.Bases, cb.(*Type))
		}
		for _, b := range x.MRO {
			cb, ok := c.clone(b)
			if !ok {
				return nil, false
			}
			t.MRO = append(t.MRO, cb.(*Type))
		}
		cd, ok := c.clone(x.Dict)
		if !ok {
			return nil, false
		}
		t.Dict, _ = cd.(*Dict)
		return t, true
	case *Function:
		f := &Function{Code: x.Code, Name: x.Name, QualName: x.QualName}
		c.put(x, f)
		ok := true
		var cv Value
		if x.Globals != nil {
			cv, ok = c.clone(x.Globals)
			f.Globals, _ = cv.(*Dict)
		}
		if ok && x.Module != nil {
			cv, ok = c.clone(x.Module)
			f.Module, _ = cv.(*Module)
		}
		if ok && x.Defaults != nil {
			cv, ok = c.clone(x.Defaults)
			f.Defaults, _ = cv.(Tuple)
		}
		if ok && x.KwDefaults != nil {
			cv, ok = c.clone(x.KwDefaults)
			f.KwDefaults, _ = cv.(*Dict)
		}
		if ok && x.Dict != nil {
			cv, ok = c.clone(x.Dict)
			f.Dict, _ = cv.(*Dict)
		}
		for _, cell := range x.Closure {
			if !ok {
				break
			}
			cv, ok = c.clone(cell)
			if ok {
				f.Closure = append(f.Closure, cv.(*Cell))
			}
		}
		return f, ok
	case *Instance:
		o := &Instance{}
		c.put(x, o)
		cls, ok := c.clone(x.Class)
		if !ok {
			return nil, false
		}
		o.Class = cls.(*Type)
		if x.Dict != nil {
			cd, ok := c.clone(x.Dict)
			if !ok {
				return nil, false
			}
			o.Dict = cd.(*Dict)
		}
		return o, true
	case *Property:
		p := &Property{}
		c.put(x, p)
		for _, f := range []struct{ dst, src *Value }{{&p.Fget, &x.Fget}, {&p.Fset, &x.Fset}, {&p.Fdel, &x.Fdel}, {&p.Doc, &x.Doc}} {
			cv, ok := c.clone(*f.src)
			if !ok {
				return nil, false
			}
			*f.dst = cv
		}
		return p, true
	case *StaticMethod:
		s := &StaticMethod{}
		c.put(x, s)
		cv, ok := c.clone(x.Func)
		s.Func = cv
		return s, ok
	case *ClassMethod:
		s := &ClassMethod{}
		c.put(x, s)
		cv, ok := c.clone(x.Func)
		s.Func = cv
		return s, ok
	}
	return nil, false
}

// noteModule notes the identities of the template's module and its dict,
// which are copied outside clone, as mod's.
func (c *cloner) noteModule(mod *Module) {
	if id := c.t.mod.id; id != 0 {
		c.ids[id] = &mod.Header
	}
	if id := c.t.mod.Dict.id; id != 0 {
		c.ids[id] = &mod.Dict.Header
	}
}

// fillDict makes d an exact copy of src (the same slots, deleted ones
// included, so that later insertions and deletions behave alike).
func (c *cloner) fillDict(d, src *Dict) bool {
	d.entries = make([]dictEntry, len(src.entries), cap(src.entries))
	for i, e := range src.entries {
		if e.key == nil {
			continue
		}
		k, ok := c.clone(e.key)
		if !ok {
			return false
		}
		v, ok := c.clone(e.value)
		if !ok {
			return false
		}
		d.entries[i] = dictEntry{key: k, value: v, hash: e.hash}
	}
	d.live = src.live
	if src.hashIdx == nil {
		// the same slots: the same string index
		if len(src.entries) > smallDict {
			d.strIdx = maps.Clone(src.strIdx)
		}
	} else {
		d.reindex()
	}
	return true
}
