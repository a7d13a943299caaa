package vm

import (
	"lockstep/wasm/compile"
)

// ModuleTemplate is a module of Lockstep's own library executed once per
// process in a private machine; machines then instantiate it by copying its
// objects (classes, functions, instances, dicts) instead of running its code
// again. A copy is indistinguishable from a fresh execution: the template is
// only made when executing the module leaves no trace in its machine other
// than the module itself, one imported module, the identity-free objects it
// built, the ticks it used and the Python object of the main thread.
//
// The copy follows a plan made once with the template: the template's
// objects numbered in the order a walk from the module's dict reaches them,
// each with its references resolved to object numbers, so that a copy
// allocates the objects of each kind together and links them without
// looking anything up.
type ModuleTemplate struct {
	name string
	mod  *Module
	// dep is the one other module the code imported ("" when none), and
	// depNames maps its dict's native functions to their names.
	dep      string
	depNames map[*Builtin]string
	ticks    int64
	// ids is the number of object identities the execution assigned, all
	// to objects the copy reproduces (in the same order).
	ids uint64
	// objs are the objects a copy reproduces; objs[0] is the module's
	// dict.
	objs []tplObj
	// count is the number of objects of each kind, and the sizes of the
	// slices the copies of all objects need together.
	count                                 [numTplKinds]int
	entries, elems, tupleElems, typeLinks int
	// mainObject is the template's thread 0 object (set_object), or a
	// nil reference.
	mainObject tplRef
	// idOrder lists, by template identity, what the identity belongs to.
	idOrder []tplRef
	// depFuncs are the names of the dependency's functions the objects
	// refer to.
	depFuncs []string
}

// tplKind is the kind of a template object.
type tplKind uint8

const (
	tplDict tplKind = iota
	tplList
	tplCell
	tplType
	tplFunction
	tplInstance
	tplProperty
	tplStaticMethod
	tplClassMethod
	numTplKinds
)

// tplObj is an object of the template that a copy reproduces.
type tplObj struct {
	kind tplKind
	src  Value // the template object: its other fields are copied as they are
	// refs are the references the object holds, laid out per kind (see
	// planObject).
	refs []tplRef
}

// refKind says what a template reference stands for in a copy.
type refKind uint8

const (
	refShared  refKind = iota // v itself (a number, a string, a builtin; nil)
	refObj                    // the copy of template object n
	refSelf                   // the machine's instance of the template's module
	refDep                    // the machine's instance of the dependency
	refDepFunc                // the dependency's function called name
	refTuple                  // a new tuple of elems
)

// tplRef is a reference from one template object to a value.
type tplRef struct {
	kind  refKind
	n     int32
	v     Value
	name  string
	elems []tplRef
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
	t := &ModuleTemplate{name: name, mod: mod, ticks: tm.ticks, ids: tm.nextID}
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
	// plan the copy, which proves that every object reachable from the
	// module can be copied
	p := &planner{t: t, index: map[any]int32{}}
	t.idOrder = make([]tplRef, t.ids+1)
	p.index[mod.Dict] = 0
	t.objs = append(t.objs, tplObj{kind: tplDict, src: mod.Dict})
	if !p.planObject(0) {
		return nil
	}
	if id := mod.id; id != 0 {
		t.idOrder[id] = tplRef{kind: refSelf}
	}
	if id := mod.Dict.id; id != 0 {
		t.idOrder[id] = tplRef{kind: refObj, n: 0}
	}
	if v := th.Object; v != nil {
		r, ok := p.ref(v)
		if !ok {
			return nil
		}
		t.mainObject = r
	}
	// every identity went to an object the copy reproduces (an identity
	// given to a shared object, or to a temporary, could not be replayed)
	for _, r := range t.idOrder[1:] {
		if r.kind == refShared {
			return nil
		}
	}
	for _, o := range t.objs {
		t.count[o.kind]++
		switch x := o.src.(type) {
		case *Dict:
			t.entries += cap(x.entries)
		case *List:
			t.elems += cap(x.Elems)
		case *Type:
			t.typeLinks += len(x.Bases) + len(x.MRO)
		}
		for i := range o.refs {
			t.tupleElems += o.refs[i].tupleSize()
		}
	}
	t.tupleElems += t.mainObject.tupleSize()
	return t
}

// tupleSize is the number of tuple elements a copy of r allocates.
func (r *tplRef) tupleSize() int {
	n := len(r.elems)
	for i := range r.elems {
		n += r.elems[i].tupleSize()
	}
	return n
}

// planner numbers the template's objects and resolves their references.
type planner struct {
	t     *ModuleTemplate
	index map[any]int32 // template object -> its number
}

// ref returns the reference to template value v; ok is false for a value a
// copy cannot reproduce.
func (p *planner) ref(v Value) (r tplRef, ok bool) {
	r, ok = p.refValue(v)
	if ok {
		if h, isH := v.(HasHeader); isH && h.header().id != 0 && r.kind != refShared {
			id := h.header().id
			if id >= uint64(len(p.t.idOrder)) {
				return r, false
			}
			p.t.idOrder[id] = r
		}
	}
	return r, ok
}

// refValue returns the reference to v (see ref), numbering v and planning
// its copy when it is an object seen for the first time.
func (p *planner) refValue(v Value) (tplRef, bool) {
	t := p.t
	var kind tplKind
	switch x := v.(type) {
	case nil:
		return tplRef{}, true
	case Str, Int, Float, Bool, NoneType:
		return tplRef{v: v}, true
	case Tuple:
		if len(x) == 0 {
			return tplRef{v: x}, true
		}
		r := tplRef{kind: refTuple, elems: make([]tplRef, len(x))}
		for i, e := range x {
			ce, ok := p.ref(e)
			if !ok {
				return r, false
			}
			r.elems[i] = ce
		}
		return r, true
	case *Module:
		switch {
		case x == t.mod:
			return tplRef{kind: refSelf}, true
		case t.dep != "" && x.Name == t.dep:
			return tplRef{kind: refDep}, true
		}
		return tplRef{}, false
	case *Builtin:
		if x.Self != nil {
			return tplRef{}, false
		}
		if n, ok := t.depNames[x]; ok {
			t.depFuncs = append(t.depFuncs, n)
			return tplRef{kind: refDepFunc, name: n}, true
		}
		// a builtin shared by every machine
		return tplRef{v: x}, true
	case *Type:
		if x.Builtin {
			return tplRef{v: x}, true
		}
		kind = tplType
	case *Dict:
		kind = tplDict
	case *List:
		kind = tplList
	case *Cell:
		kind = tplCell
	case *Function:
		kind = tplFunction
	case *Instance:
		kind = tplInstance
	case *Property:
		kind = tplProperty
	case *StaticMethod:
		kind = tplStaticMethod
	case *ClassMethod:
		kind = tplClassMethod
	default:
		return tplRef{}, false
	}
	if n, ok := p.index[v]; ok {
		return tplRef{kind: refObj, n: n}, true
	}
	n := int32(len(t.objs))
	p.index[v] = n
	t.objs = append(t.objs, tplObj{kind: kind, src: v})
	return tplRef{kind: refObj, n: n}, p.planObject(n)
}

// planObject resolves the references of object n. The layout of refs per
// kind:
//
//	Dict: key and value of each slot (deleted slots: nil references)
//	List: the elements
//	Cell: the value
//	Type: the bases, the MRO, the dict
//	Function: globals, module, defaults, keyword defaults, dict, the cells
//	Instance: the class, the dict
//	Property: fget, fset, fdel, doc
//	StaticMethod, ClassMethod: the function
func (p *planner) planObject(n int32) bool {
	var vals []Value
	isType := func(r tplRef) bool {
		if r.kind == refObj {
			return p.t.objs[r.n].kind == tplType
		}
		_, ok := r.v.(*Type)
		return r.kind == refShared && ok
	}
	switch x := p.t.objs[n].src.(type) {
	case *Dict:
		for _, e := range x.entries {
			vals = append(vals, e.key, e.value)
		}
	case *List:
		vals = x.Elems
	case *Cell:
		vals = []Value{x.V}
	case *Type:
		for _, b := range x.Bases {
			vals = append(vals, b)
		}
		for _, b := range x.MRO {
			vals = append(vals, b)
		}
		vals = append(vals, x.Dict)
	case *Function:
		vals = []Value{nil, nil, nil, nil, nil}
		if x.Globals != nil {
			vals[0] = x.Globals
		}
		if x.Module != nil {
			vals[1] = x.Module
		}
		if x.Defaults != nil {
			vals[2] = x.Defaults
		}
		if x.KwDefaults != nil {
			vals[3] = x.KwDefaults
		}
		if x.Dict != nil {
			vals[4] = x.Dict
		}
		for _, c := range x.Closure {
			vals = append(vals, c)
		}
	case *Instance:
		vals = []Value{x.Class, nil}
		if x.Dict != nil {
			vals[1] = x.Dict
		}
	case *Property:
		vals = []Value{x.Fget, x.Fset, x.Fdel, x.Doc}
	case *StaticMethod:
		vals = []Value{x.Func}
	case *ClassMethod:
		vals = []Value{x.Func}
	}
	refs := make([]tplRef, len(vals))
	for i, v := range vals {
		r, ok := p.ref(v)
		if !ok {
			return false
		}
		refs[i] = r
	}
	// the references whose copies must have a certain type
	switch x := p.t.objs[n].src.(type) {
	case *Type:
		for _, r := range refs[:len(x.Bases)+len(x.MRO)] {
			if !isType(r) {
				return false
			}
		}
	case *Instance:
		if !isType(refs[0]) {
			return false
		}
	case *Function:
		for _, r := range refs[5:] {
			if r.kind != refObj || p.t.objs[r.n].kind != tplCell {
				return false
			}
		}
	}
	p.t.objs[n].refs = refs
	return true
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
		for _, n := range t.depFuncs {
			if _, ok := dep.Dict.GetStr(n); !ok {
				delete(m.modules, t.name)
				return nil, false, nil
			}
		}
	} else {
		mod = NewModule(t.name)
	}
	c := t.newCopy(mod, dep)
	for i := range t.objs {
		c.fill(i)
	}
	if t.mainObject.kind != refShared || t.mainObject.v != nil {
		m.threads[0].Object = c.resolve(&t.mainObject)
	}
	// the identities the execution would have assigned, in its order
	for i := range t.idOrder[1:] {
		c.header(&t.idOrder[i+1]).ObjectID(m)
	}
	m.ticks += t.ticks
	m.modules[t.name] = mod
	return mod, true, nil
}

// tplCopy is a copy of a template being made: its objects, allocated
// together by kind, and the slices they draw from.
type tplCopy struct {
	t          *ModuleTemplate
	copies     []Value
	self, dep  *Module
	entries    []dictEntry
	elems      []Value
	tupleElems []Value
	typeLinks  []*Type
}

// newCopy allocates the objects of a copy (the module's dict is mod's).
func (t *ModuleTemplate) newCopy(mod, dep *Module) *tplCopy {
	c := &tplCopy{t: t, copies: make([]Value, len(t.objs)), self: mod, dep: dep,
		entries: make([]dictEntry, t.entries), elems: make([]Value, t.elems),
		tupleElems: make([]Value, t.tupleElems), typeLinks: make([]*Type, t.typeLinks)}
	dicts := make([]Dict, t.count[tplDict]-1)
	lists := make([]List, t.count[tplList])
	cells := make([]Cell, t.count[tplCell])
	types := make([]Type, t.count[tplType])
	funcs := make([]Function, t.count[tplFunction])
	insts := make([]Instance, t.count[tplInstance])
	props := make([]Property, t.count[tplProperty])
	statics := make([]StaticMethod, t.count[tplStaticMethod])
	classes := make([]ClassMethod, t.count[tplClassMethod])
	var next [numTplKinds]int
	slot := func(k tplKind) int {
		i := next[k]
		next[k]++
		return i
	}
	c.copies[0] = mod.Dict
	for i, o := range t.objs[1:] {
		var v Value
		switch o.kind {
		case tplDict:
			v = &dicts[slot(tplDict)]
		case tplList:
			v = &lists[slot(tplList)]
		case tplCell:
			v = &cells[slot(tplCell)]
		case tplType:
			v = &types[slot(tplType)]
		case tplFunction:
			v = &funcs[slot(tplFunction)]
		case tplInstance:
			v = &insts[slot(tplInstance)]
		case tplProperty:
			v = &props[slot(tplProperty)]
		case tplStaticMethod:
			v = &statics[slot(tplStaticMethod)]
		case tplClassMethod:
			v = &classes[slot(tplClassMethod)]
		}
		c.copies[i+1] = v
	}
	return c
}

// resolve returns what r stands for in the copy.
func (c *tplCopy) resolve(r *tplRef) Value {
	switch r.kind {
	case refObj:
		return c.copies[r.n]
	case refSelf:
		return c.self
	case refDep:
		return c.dep
	case refDepFunc:
		v, _ := c.dep.Dict.GetStr(r.name)
		return v
	case refTuple:
		out := Tuple(c.tupleElems[:len(r.elems):len(r.elems)])
		c.tupleElems = c.tupleElems[len(r.elems):]
		for i := range r.elems {
			out[i] = c.resolve(&r.elems[i])
		}
		return out
	}
	return r.v
}

// header returns the header of the copy's object that r stands for.
func (c *tplCopy) header(r *tplRef) *Header {
	return c.resolve(r).(HasHeader).header()
}

// take returns the next n elements of *pool, with capacity n.
func take[T any](pool *[]T, n int) []T {
	s := (*pool)[:n:n]
	*pool = (*pool)[n:]
	return s
}

// fill makes the copy of template object i.
func (c *tplCopy) fill(i int) {
	o := &c.t.objs[i]
	refs := o.refs
	switch x := o.src.(type) {
	case *Dict:
		d := c.copies[i].(*Dict)
		d.entries = take(&c.entries, cap(x.entries))[:len(x.entries)]
		for j, e := range x.entries {
			if e.key == nil {
				continue
			}
			d.entries[j] = dictEntry{key: c.resolve(&refs[2*j]), value: c.resolve(&refs[2*j+1]), hash: e.hash}
		}
		d.live = x.live
		if x.hashIdx == nil {
			// the same slots: the same string index, shared until
			// either dict changes it
			if len(x.entries) > smallDict {
				d.strIdx = x.strIdx
				d.sharedIdx = true
			}
		} else {
			d.reindex()
		}
	case *List:
		l := c.copies[i].(*List)
		l.Elems = take(&c.elems, cap(x.Elems))[:len(x.Elems)]
		for j := range x.Elems {
			l.Elems[j] = c.resolve(&refs[j])
		}
	case *Cell:
		c.copies[i].(*Cell).V = c.resolve(&refs[0])
	case *Type:
		t := c.copies[i].(*Type)
		t.Name, t.QualName, t.Module, t.BaseSubclassable, t.New, t.Doc = x.Name, x.QualName, x.Module, x.BaseSubclassable, x.New, x.Doc
		nb, nm := len(x.Bases), len(x.MRO)
		if nb > 0 {
			t.Bases = take(&c.typeLinks, nb)
			for j := range t.Bases {
				t.Bases[j] = c.resolve(&refs[j]).(*Type)
			}
		}
		if nm > 0 {
			t.MRO = take(&c.typeLinks, nm)
			for j := range t.MRO {
				t.MRO[j] = c.resolve(&refs[nb+j]).(*Type)
			}
		}
		t.Dict, _ = c.resolve(&refs[nb+nm]).(*Dict)
	case *Function:
		f := c.copies[i].(*Function)
		f.Code, f.Name, f.QualName = x.Code, x.Name, x.QualName
		f.Globals, _ = c.resolve(&refs[0]).(*Dict)
		f.Module, _ = c.resolve(&refs[1]).(*Module)
		f.Defaults, _ = c.resolve(&refs[2]).(Tuple)
		f.KwDefaults, _ = c.resolve(&refs[3]).(*Dict)
		f.Dict, _ = c.resolve(&refs[4]).(*Dict)
		if n := len(refs) - 5; n > 0 {
			f.Closure = make([]*Cell, n)
			for j := range f.Closure {
				f.Closure[j] = c.resolve(&refs[5+j]).(*Cell)
			}
		}
	case *Instance:
		inst := c.copies[i].(*Instance)
		inst.Class = c.resolve(&refs[0]).(*Type)
		inst.Dict, _ = c.resolve(&refs[1]).(*Dict)
	case *Property:
		p := c.copies[i].(*Property)
		p.Fget, p.Fset, p.Fdel, p.Doc = c.resolve(&refs[0]), c.resolve(&refs[1]), c.resolve(&refs[2]), c.resolve(&refs[3])
	case *StaticMethod:
		c.copies[i].(*StaticMethod).Func = c.resolve(&refs[0])
	case *ClassMethod:
		c.copies[i].(*ClassMethod).Func = c.resolve(&refs[0])
	}
}
