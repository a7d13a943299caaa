package compile

import (
	"lockstep/wasm/syntax"
)

// This file is the symbol-table pass: it builds one scope per module,
// function, lambda, class body and comprehension, records how each name is
// used there, then resolves every name to local, cell, free or global, as
// CPython's symtable.c does.

// scopeKind is the kind of a scope.
type scopeKind uint8

const (
	scopeModule scopeKind = iota
	scopeFunction
	scopeClass
)

// symFlags record how a name is used in a scope.
type symFlags uint16

const (
	defGlobal    symFlags = 1 << iota // global declaration
	defLocal                          // assigned, deleted, imported, def'd ...
	defParam                          // parameter
	defNonlocal                       // nonlocal declaration
	use                               // loaded
	defFreeClass                      // free in a method and bound in the class body
	defImport                         // bound by an import
	defAnnot                          // annotated
	defCompIter                       // a comprehension's iteration variable

	defBound = defLocal | defParam | defImport
)

// resolution is where a name lives, once the analysis is done.
type resolution uint8

const (
	resUnknown resolution = iota
	resLocal
	resGlobalExplicit
	resGlobalImplicit
	resFree
	resCell
)

// scope is one block of the symbol table.
type scope struct {
	kind   scopeKind
	name   string // the code's name: "f", "<lambda>", "<listcomp>", class name
	node   syntax.Node
	parent *scope

	children []*scope
	syms     map[string]symFlags
	order    []string // names in order of first appearance
	res      map[string]resolution
	params   []string

	// private is the class name used for name mangling ("" outside classes).
	private string

	lambda        bool
	comprehension bool
	compKind      string // "list comprehension", ... for error messages
	generator     bool   // contains yield (or is a generator expression)
	hasFree       bool
	childFree     bool
	// needsClassClosure: a class body whose methods use __class__ or super.
	needsClassClosure bool

	// directives holds the statement of each global/nonlocal declaration,
	// for error positions.
	directives map[string]syntax.Node

	// cellvars and freevars, sorted, computed after analysis.
	cellvars, freevars []string
}

func newScope(kind scopeKind, name string, node syntax.Node, parent *scope) *scope {
	s := &scope{
		kind:       kind,
		name:       name,
		node:       node,
		parent:     parent,
		syms:       map[string]symFlags{},
		res:        map[string]resolution{},
		directives: map[string]syntax.Node{},
	}
	if parent != nil {
		s.private = parent.private
		parent.children = append(parent.children, s)
	}
	return s
}

// nested reports whether s is inside a function (its free names may be
// bound by an enclosing function).
func (s *scope) nested() bool {
	for p := s.parent; p != nil; p = p.parent {
		if p.kind == scopeFunction {
			return true
		}
	}
	return false
}

// symtable holds the scopes of one module.
type symtable struct {
	c      *compiler
	top    *scope
	cur    *scope
	scopes map[syntax.Node]*scope
}

// mangle applies private name mangling: inside class C, __x becomes _C__x.
func mangle(private, name string) string {
	if private == "" || len(name) < 3 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if name[len(name)-1] == '_' && name[len(name)-2] == '_' {
		return name
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return name
		}
	}
	p := private
	for len(p) > 0 && p[0] == '_' {
		p = p[1:]
	}
	if p == "" {
		return name
	}
	return "_" + p + name
}

// addDef records a use of name in scope s (the name is mangled here).
func (st *symtable) addDefIn(s *scope, name string, flag symFlags, n syntax.Node) {
	name = mangle(st.cur.private, name)
	old, ok := s.syms[name]
	if !ok {
		s.order = append(s.order, name)
	}
	if flag&defParam != 0 && old&defParam != 0 {
		st.c.errorf(n, "duplicate argument '%s' in function definition", name)
	}
	s.syms[name] = old | flag
	if flag&defParam != 0 {
		s.params = append(s.params, name)
	}
}

func (st *symtable) addDef(name string, flag symFlags, n syntax.Node) {
	st.addDefIn(st.cur, name, flag, n)
}

func (st *symtable) lookup(name string) symFlags {
	return st.cur.syms[mangle(st.cur.private, name)]
}

// directive records the first global or nonlocal declaration of name in
// the current scope, where CPython reports errors about it.
func (st *symtable) directive(name string, n syntax.Node) {
	name = mangle(st.cur.private, name)
	if _, ok := st.cur.directives[name]; !ok {
		st.cur.directives[name] = n
	}
}

func (st *symtable) enter(s *scope) {
	st.scopes[s.node] = s
	st.cur = s
}

func (st *symtable) leave() { st.cur = st.cur.parent }

// buildSymtable runs the symbol-table pass over a module.
func buildSymtable(c *compiler, mod *syntax.Module) *symtable {
	st := &symtable{c: c, scopes: map[syntax.Node]*scope{}}
	st.top = newScope(scopeModule, "<module>", nil, nil)
	st.cur = st.top
	st.stmts(mod.Body)
	st.analyze()
	return st
}

func (st *symtable) stmts(list []syntax.Stmt) {
	for _, s := range list {
		st.stmt(s)
	}
}

func (st *symtable) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.ExprStmt:
		st.expr(s.X)
	case *syntax.Assign:
		for _, t := range s.Targets {
			st.target(t)
		}
		st.expr(s.Value)
	case *syntax.AugAssign:
		st.target(s.Target)
		st.expr(s.Value)
	case *syntax.AnnAssign:
		if n, ok := s.Target.(*syntax.Name); ok {
			cur := st.lookup(n.ID)
			if cur&(defGlobal|defNonlocal) != 0 && st.cur.kind != scopeModule {
				kind := "global"
				if cur&defNonlocal != 0 {
					kind = "nonlocal"
				}
				st.c.errorf(s, "annotated name '%s' can't be %s", n.ID, kind)
			}
			// An annotated simple name is local even without a value.
			st.addDef(n.ID, defAnnot|defLocal, n)
		} else {
			st.target(s.Target)
		}
		if s.Value != nil {
			st.expr(s.Value)
		}
	case *syntax.If:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.While:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.For:
		st.target(s.Target)
		st.expr(s.Iter)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.Break, *syntax.Continue, *syntax.Pass:
	case *syntax.Return:
		if s.Value != nil {
			st.expr(s.Value)
		}
	case *syntax.FunctionDef:
		st.addDef(s.Name, defLocal, s)
		st.argDefaults(s.Args)
		st.exprs(s.Decorators)
		fs := newScope(scopeFunction, s.Name, s, st.cur)
		st.enter(fs)
		st.params(s.Args)
		st.stmts(s.Body)
		st.leave()
	case *syntax.ClassDef:
		st.addDef(s.Name, defLocal, s)
		st.exprs(s.Bases)
		for _, k := range s.Keywords {
			st.expr(k.Value)
		}
		st.exprs(s.Decorators)
		cs := newScope(scopeClass, s.Name, s, st.cur)
		cs.private = s.Name
		st.enter(cs)
		st.stmts(s.Body)
		st.leave()
	case *syntax.Try:
		st.stmts(s.Body)
		for _, h := range s.Handlers {
			if h.Type != nil {
				st.expr(h.Type)
			}
			if h.Name != "" {
				st.addDef(h.Name, defLocal, h)
			}
			st.stmts(h.Body)
		}
		st.stmts(s.Orelse)
		st.stmts(s.Finalbody)
	case *syntax.Raise:
		if s.Exc != nil {
			st.expr(s.Exc)
		}
		if s.Cause != nil {
			st.expr(s.Cause)
		}
	case *syntax.With:
		for _, it := range s.Items {
			st.expr(it.Context)
			if it.Vars != nil {
				st.target(it.Vars)
			}
		}
		st.stmts(s.Body)
	case *syntax.Assert:
		st.expr(s.Test)
		if s.Msg != nil {
			st.expr(s.Msg)
		}
	case *syntax.Delete:
		for _, t := range s.Targets {
			st.target(t)
		}
	case *syntax.Global:
		for _, name := range s.Names {
			cur := st.lookup(name)
			if cur&(defParam|defLocal|use|defAnnot) != 0 {
				switch {
				case cur&defParam != 0:
					st.c.errorf(s, "name '%s' is parameter and global", name)
				case cur&use != 0:
					st.c.errorf(s, "name '%s' is used prior to global declaration", name)
				case cur&defAnnot != 0:
					st.c.errorf(s, "annotated name '%s' can't be global", name)
				default:
					st.c.errorf(s, "name '%s' is assigned to before global declaration", name)
				}
			}
			st.addDef(name, defGlobal, s)
			st.directive(name, s)
		}
	case *syntax.Nonlocal:
		for _, name := range s.Names {
			cur := st.lookup(name)
			if cur&(defParam|defLocal|use|defAnnot) != 0 {
				switch {
				case cur&defParam != 0:
					st.c.errorf(s, "name '%s' is parameter and nonlocal", name)
				case cur&use != 0:
					st.c.errorf(s, "name '%s' is used prior to nonlocal declaration", name)
				case cur&defAnnot != 0:
					st.c.errorf(s, "annotated name '%s' can't be nonlocal", name)
				default:
					st.c.errorf(s, "name '%s' is assigned to before nonlocal declaration", name)
				}
			}
			st.addDef(name, defNonlocal, s)
			st.directive(name, s)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			name := a.AsName
			if name == "" {
				name = a.Name
				for i := 0; i < len(name); i++ {
					if name[i] == '.' {
						name = name[:i]
						break
					}
				}
			}
			st.addDef(name, defLocal|defImport, a)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if st.cur.kind != scopeModule {
					st.c.errorf(a, "import * only allowed at module level")
				}
				continue
			}
			name := a.AsName
			if name == "" {
				name = a.Name
			}
			st.addDef(name, defLocal|defImport, a)
		}
	default:
		st.c.errorf(s, "internal error: unknown statement %T", s)
	}
}

// argDefaults visits the default values of a parameter list, which are
// evaluated in the enclosing scope.
func (st *symtable) argDefaults(a *syntax.Arguments) {
	if a == nil {
		return
	}
	st.exprs(a.Defaults)
	for _, d := range a.KwDefaults {
		if d != nil {
			st.expr(d)
		}
	}
}

// params declares the parameters in the current (new) scope, in slot order.
func (st *symtable) params(a *syntax.Arguments) {
	if a == nil {
		return
	}
	for _, p := range a.Posonly {
		st.addDef(p.Name, defParam, p)
	}
	for _, p := range a.Args {
		st.addDef(p.Name, defParam, p)
	}
	for _, p := range a.Kwonly {
		st.addDef(p.Name, defParam, p)
	}
	if a.Vararg != nil {
		st.addDef(a.Vararg.Name, defParam, a.Vararg)
	}
	if a.Kwarg != nil {
		st.addDef(a.Kwarg.Name, defParam, a.Kwarg)
	}
}

func (st *symtable) exprs(list []syntax.Expr) {
	for _, e := range list {
		st.expr(e)
	}
}

// target visits an assignment or deletion target.
func (st *symtable) target(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Name:
		st.addDef(e.ID, defLocal, e)
	case *syntax.Tuple:
		for _, x := range e.Elts {
			st.target(x)
		}
	case *syntax.List:
		for _, x := range e.Elts {
			st.target(x)
		}
	case *syntax.Starred:
		st.target(e.X)
	case *syntax.Attribute:
		st.expr(e.X)
	case *syntax.Subscript:
		st.expr(e.X)
		st.expr(e.Index)
	default:
		// Not a valid target; the compiler reports it.
		st.expr(e)
	}
}

func (st *symtable) expr(e syntax.Expr) {
	switch e := e.(type) {
	case nil:
	case *syntax.Name:
		st.addDef(e.ID, use, e)
		if e.ID == "super" && st.cur.kind == scopeFunction {
			st.addDef("__class__", use, e)
		}
	case *syntax.Constant:
	case *syntax.JoinedStr:
		st.exprs(e.Values)
	case *syntax.FormattedValue:
		st.expr(e.Value)
		if e.FormatSpec != nil {
			st.expr(e.FormatSpec)
		}
	case *syntax.BinOp:
		st.expr(e.X)
		st.expr(e.Y)
	case *syntax.UnaryOp:
		st.expr(e.X)
	case *syntax.BoolOp:
		st.exprs(e.Values)
	case *syntax.Compare:
		st.expr(e.Left)
		st.exprs(e.Comparators)
	case *syntax.Call:
		st.expr(e.Func)
		st.exprs(e.Args)
		for _, k := range e.Keywords {
			st.expr(k.Value)
		}
	case *syntax.Attribute:
		st.expr(e.X)
	case *syntax.Subscript:
		st.expr(e.X)
		st.expr(e.Index)
	case *syntax.Slice:
		st.expr(e.Lo)
		st.expr(e.Hi)
		st.expr(e.Step)
	case *syntax.Starred:
		st.expr(e.X)
	case *syntax.List:
		st.exprs(e.Elts)
	case *syntax.Tuple:
		st.exprs(e.Elts)
	case *syntax.Set:
		st.exprs(e.Elts)
	case *syntax.Dict:
		for i := range e.Keys {
			st.expr(e.Keys[i])
			st.expr(e.Values[i])
		}
	case *syntax.Lambda:
		st.argDefaults(e.Args)
		ls := newScope(scopeFunction, "<lambda>", e, st.cur)
		ls.lambda = true
		st.enter(ls)
		st.params(e.Args)
		st.expr(e.Body)
		st.leave()
	case *syntax.IfExp:
		st.expr(e.Test)
		st.expr(e.Body)
		st.expr(e.Orelse)
	case *syntax.ListComp:
		st.comprehension(e, "<listcomp>", "list comprehension", e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		st.comprehension(e, "<setcomp>", "set comprehension", e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		st.comprehension(e, "<dictcomp>", "dict comprehension", e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		st.comprehension(e, "<genexpr>", "generator expression", e.Generators, e.Elt, nil)
	case *syntax.Yield:
		st.yield(e)
		st.expr(e.Value)
	case *syntax.YieldFrom:
		st.yield(e)
		st.expr(e.Value)
	case *syntax.NamedExpr:
		st.expr(e.Value)
		st.namedExprTarget(e)
	default:
		st.c.errorf(e, "internal error: unknown expression %T", e)
	}
}

func (st *symtable) yield(e syntax.Expr) {
	switch {
	case st.cur.comprehension:
		st.c.errorf(e, "'yield' inside %s", st.cur.compKind)
	case st.cur.kind != scopeFunction:
		st.c.errorf(e, "'yield' outside function")
	}
	st.cur.generator = true
}

// namedExprTarget binds the target of a walrus: in a comprehension, in the
// nearest enclosing function (or module) scope.
func (st *symtable) namedExprTarget(e *syntax.NamedExpr) {
	name := e.Target.ID
	if !st.cur.comprehension {
		st.addDef(name, defLocal, e.Target)
		return
	}
	for s := st.cur; s != nil; s = s.parent {
		if s.comprehension {
			if s.syms[mangle(st.cur.private, name)]&defCompIter != 0 {
				st.c.errorf(e, "assignment expression cannot rebind comprehension iteration variable '%s'", name)
			}
			continue
		}
		switch s.kind {
		case scopeFunction:
			if s.syms[mangle(st.cur.private, name)]&defGlobal != 0 {
				st.addDef(name, defGlobal, e.Target)
			} else {
				st.addDef(name, defNonlocal, e.Target)
			}
			st.directive(name, e)
			st.addDefIn(s, name, defLocal, e.Target)
			return
		case scopeModule:
			st.addDef(name, defGlobal, e.Target)
			st.directive(name, e)
			st.addDefIn(s, name, defGlobal, e.Target)
			return
		case scopeClass:
			st.c.errorf(e, "assignment expression within a comprehension cannot be used in a class body")
			return
		}
	}
}

// comprehension builds the scope of a comprehension or generator
// expression. The outermost iterable belongs to the enclosing scope.
func (st *symtable) comprehension(e syntax.Expr, name, kind string, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	st.expr(gens[0].Iter)
	cs := newScope(scopeFunction, name, e, st.cur)
	cs.comprehension = true
	cs.compKind = kind
	if name == "<genexpr>" {
		cs.generator = true
	}
	st.enter(cs)
	st.addDef(".0", defParam, e)
	for i, g := range gens {
		if i > 0 {
			st.expr(g.Iter)
		}
		st.compTarget(g.Target)
		st.exprs(g.Ifs)
	}
	st.expr(elt)
	st.expr(value)
	st.leave()
}

func (st *symtable) compTarget(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Name:
		st.addDef(e.ID, defLocal|defCompIter, e)
	case *syntax.Tuple:
		for _, x := range e.Elts {
			st.compTarget(x)
		}
	case *syntax.List:
		for _, x := range e.Elts {
			st.compTarget(x)
		}
	case *syntax.Starred:
		st.compTarget(e.X)
	default:
		st.target(e)
	}
}
