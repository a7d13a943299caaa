package syntax

import "fmt"

// This file applies the checks CPython makes after parsing, in its order:
// first those of the symbol table (symtable.c: duplicate parameters,
// global and nonlocal declarations, yield in comprehensions, walrus
// restrictions, import *), then those of the compiler (compile.c:
// return/yield outside function, break/continue outside loop, repeated
// keyword arguments, starred expressions, default except not last).

// checkError unwinds a check pass.
type checkError struct{ err *Error }

func check(mod *Module, lines []string) (err *Error) {
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(checkError)
			if !ok {
				panic(r)
			}
			err = ce.err
		}
	}()
	ffLine := futureCheck(mod, lines)
	st := &symtable{filename: mod.Filename, lines: lines}
	st.run(mod)
	c := &compileCheck{filename: mod.Filename, lines: lines, ffLine: ffLine}
	c.stmts(mod.Body)
	return nil
}

func raiseAt(filename string, lines []string, n Node, format string, args ...any) {
	s, e := n.Span()
	raiseRange(filename, lines, s, e, format, args...)
}

func raiseRange(filename string, lines []string, s, e Pos, format string, args ...any) {
	line := ""
	if s.Line >= 1 && int(s.Line) <= len(lines) {
		line = lines[s.Line-1]
	}
	panic(checkError{&Error{Type: "SyntaxError", Msg: fmt.Sprintf(format, args...),
		Filename: filename, Pos: s, End: e, Line: line}})
}

// futureFeatures are the names `from __future__ import` accepts.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true,
	"absolute_import": true, "with_statement": true, "print_function": true,
	"unicode_literals": true, "barry_as_FLUFL": true, "generator_stop": true,
	"annotations": true,
}

// futureCheck validates the future statements at the start of the module,
// as future.c does, and returns the line of the last one (0 if none).
func futureCheck(mod *Module, lines []string) int32 {
	body := mod.Body
	if len(body) > 0 {
		if e, ok := body[0].(*ExprStmt); ok {
			if c, ok := e.X.(*Constant); ok && c.Kind == ConstStr {
				body = body[1:]
			}
		}
	}
	var ffLine int32
	for _, s := range body {
		imp, ok := s.(*ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			break
		}
		for _, a := range imp.Names {
			if a.Name == "braces" {
				raiseRange(mod.Filename, lines, imp.Start, Pos{}, "not a chance")
			}
			if !futureFeatures[a.Name] {
				raiseRange(mod.Filename, lines, imp.Start, Pos{}, "future feature %s is not defined", a.Name)
			}
		}
		ffLine = imp.Start.Line
	}
	return ffLine
}

// ---- symbol table ----

// Symbol flags, as in CPython's symtable.h.
const (
	defGlobal   = 1 << iota // global statement
	defLocal                // assignment in this scope
	defParam                // parameter
	defNonlocal             // nonlocal statement
	use                     // read
	defAnnot                // annotated
	defImport               // bound by import
	defCompIter             // comprehension iteration variable

	defBound = defLocal | defParam | defImport
)

type scopeKind int

const (
	moduleScope scopeKind = iota
	classScope
	functionScope
)

type scope struct {
	kind       scopeKind
	comp       string // for a comprehension: "list comprehension", ...
	parent     *scope
	names      []string // in order of first mention
	flags      map[string]int
	directives map[string]Node // the global/nonlocal statement naming each name
	children   []*scope
	iterExpr   int // > 0 while visiting a comprehension's iterable
	iterTarget bool
}

func (s *scope) lookup(name string) int { return s.flags[name] }

type symtable struct {
	filename string
	lines    []string
	cur      *scope
	top      *scope
}

func (st *symtable) raise(n Node, format string, args ...any) {
	raiseAt(st.filename, st.lines, n, format, args...)
}

func (st *symtable) enter(kind scopeKind, comp string) {
	s := &scope{kind: kind, comp: comp, parent: st.cur, flags: make(map[string]int, 8)}
	if st.cur != nil {
		st.cur.children = append(st.cur.children, s)
	}
	st.cur = s
}

func (st *symtable) exit() { st.cur = st.cur.parent }

func (st *symtable) addDef(name string, flag int, n Node) {
	st.addDefIn(st.cur, name, flag, n)
}

func (st *symtable) addDefIn(s *scope, name string, flag int, n Node) {
	val, ok := s.flags[name]
	if !ok {
		s.names = append(s.names, name)
	}
	if flag&defParam != 0 && val&defParam != 0 {
		st.raise(n, "duplicate argument '%s' in function definition", name)
	}
	if s.iterTarget && flag&defLocal != 0 {
		flag |= defCompIter
	}
	s.flags[name] = val | flag
}

func (st *symtable) run(mod *Module) {
	st.enter(moduleScope, "")
	st.top = st.cur
	st.stmts(mod.Body)
	st.analyze(st.top, nil)
}

func (st *symtable) stmts(list []Stmt) {
	for _, s := range list {
		st.stmt(s)
	}
}

func (st *symtable) exprs(list []Expr) {
	for _, x := range list {
		if x != nil {
			st.expr(x)
		}
	}
}

func (st *symtable) opt(x Expr) {
	if x != nil {
		st.expr(x)
	}
}

func (st *symtable) stmt(s Stmt) {
	switch s := s.(type) {
	case *FunctionDef:
		st.addDef(s.Name, defLocal, s)
		st.exprs(s.Args.Defaults)
		st.exprs(s.Args.KwDefaults)
		st.annotations(s.Args)
		st.opt(s.Returns)
		st.exprs(s.Decorators)
		st.enter(functionScope, "")
		st.params(s.Args)
		st.stmts(s.Body)
		st.exit()
	case *ClassDef:
		st.addDef(s.Name, defLocal, s)
		st.exprs(s.Bases)
		for _, k := range s.Keywords {
			st.expr(k.Value)
		}
		st.exprs(s.Decorators)
		st.enter(classScope, "")
		st.stmts(s.Body)
		st.exit()
	case *Return:
		st.opt(s.Value)
	case *Delete:
		for _, t := range s.Targets {
			st.target(t)
		}
	case *Assign:
		for _, t := range s.Targets {
			st.target(t)
		}
		st.expr(s.Value)
	case *AnnAssign:
		if n, ok := s.Target.(*Name); ok {
			cur := st.cur.lookup(n.ID)
			if cur&(defGlobal|defNonlocal) != 0 && st.cur != st.top {
				if cur&defGlobal != 0 {
					st.raise(s, "annotated name '%s' can't be global", n.ID)
				}
				st.raise(s, "annotated name '%s' can't be nonlocal", n.ID)
			}
			st.addDef(n.ID, defAnnot|defLocal, n)
		} else {
			st.target(s.Target)
		}
		st.expr(s.Annotation)
		st.opt(s.Value)
	case *AugAssign:
		st.target(s.Target)
		st.expr(s.Value)
	case *For:
		st.target(s.Target)
		st.expr(s.Iter)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *While:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *If:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *Raise:
		st.opt(s.Exc)
		st.opt(s.Cause)
	case *Try:
		st.stmts(s.Body)
		st.stmts(s.Orelse)
		for _, h := range s.Handlers {
			st.opt(h.Type)
			if h.Name != "" {
				st.addDef(h.Name, defLocal, h)
			}
			st.stmts(h.Body)
		}
		st.stmts(s.Finalbody)
	case *Assert:
		st.expr(s.Test)
		st.opt(s.Msg)
	case *Import:
		for _, a := range s.Names {
			st.alias(a)
		}
	case *ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if st.cur.kind != moduleScope {
					st.raise(a, "import * only allowed at module level")
				}
				continue
			}
			st.alias(a)
		}
	case *Global:
		st.declare(s, s.Names, defGlobal, "global")
	case *Nonlocal:
		st.declare(s, s.Names, defNonlocal, "nonlocal")
	case *ExprStmt:
		st.expr(s.X)
	case *With:
		for _, it := range s.Items {
			st.expr(it.Context)
			if it.Vars != nil {
				st.target(it.Vars)
			}
		}
		st.stmts(s.Body)
	}
}

func (st *symtable) alias(a *Alias) {
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
	st.addDef(name, defImport, a)
}

func (st *symtable) declare(s Stmt, names []string, flag int, what string) {
	for _, name := range names {
		cur := st.cur.lookup(name)
		if cur&(defParam|defLocal|use|defAnnot) != 0 {
			switch {
			case cur&defParam != 0:
				st.raise(s, "name '%s' is parameter and %s", name, what)
			case cur&use != 0:
				st.raise(s, "name '%s' is used prior to %s declaration", name, what)
			case cur&defAnnot != 0:
				st.raise(s, "annotated name '%s' can't be %s", name, what)
			default:
				st.raise(s, "name '%s' is assigned to before %s declaration", name, what)
			}
		}
		st.addDef(name, flag, s)
		if st.cur.directives == nil {
			st.cur.directives = map[string]Node{}
		}
		if _, ok := st.cur.directives[name]; !ok {
			st.cur.directives[name] = s
		}
	}
}

func (st *symtable) annotations(a *Arguments) {
	for _, list := range [][]*Arg{a.Posonly, a.Args, a.Kwonly} {
		for _, p := range list {
			st.opt(p.Annotation)
		}
	}
	if a.Vararg != nil {
		st.opt(a.Vararg.Annotation)
	}
	if a.Kwarg != nil {
		st.opt(a.Kwarg.Annotation)
	}
}

func (st *symtable) params(a *Arguments) {
	for _, list := range [][]*Arg{a.Posonly, a.Args, a.Kwonly} {
		for _, p := range list {
			st.addDef(p.Name, defParam, p)
		}
	}
	if a.Vararg != nil {
		st.addDef(a.Vararg.Name, defParam, a.Vararg)
	}
	if a.Kwarg != nil {
		st.addDef(a.Kwarg.Name, defParam, a.Kwarg)
	}
}

// target visits an assignment (or del) target.
func (st *symtable) target(x Expr) {
	switch x := x.(type) {
	case *Name:
		st.addDef(x.ID, defLocal, x)
	case *Tuple:
		for _, e := range x.Elts {
			st.target(e)
		}
	case *List:
		for _, e := range x.Elts {
			st.target(e)
		}
	case *Starred:
		st.target(x.X)
	default:
		st.expr(x)
	}
}

func (st *symtable) expr(x Expr) {
	switch x := x.(type) {
	case *Name:
		st.addDef(x.ID, use, x)
	case *NamedExpr:
		if st.cur.iterExpr > 0 {
			st.raise(x, "assignment expression cannot be used in a comprehension iterable expression")
		}
		if st.cur.comp != "" {
			st.namedExprScope(x)
		}
		st.expr(x.Value)
		if st.cur.comp == "" {
			st.addDef(x.Target.ID, defLocal, x.Target)
		}
	case *BoolOp:
		st.exprs(x.Values)
	case *BinOp:
		st.expr(x.X)
		st.expr(x.Y)
	case *UnaryOp:
		st.expr(x.X)
	case *Lambda:
		st.exprs(x.Args.Defaults)
		st.exprs(x.Args.KwDefaults)
		st.enter(functionScope, "")
		st.params(x.Args)
		st.expr(x.Body)
		st.exit()
	case *IfExp:
		st.expr(x.Test)
		st.expr(x.Body)
		st.expr(x.Orelse)
	case *Dict:
		st.exprs(x.Keys)
		st.exprs(x.Values)
	case *Set:
		st.exprs(x.Elts)
	case *GeneratorExp:
		st.comprehension(x.Generators, "generator expression", nil, x.Elt)
	case *ListComp:
		st.comprehension(x.Generators, "list comprehension", nil, x.Elt)
	case *SetComp:
		st.comprehension(x.Generators, "set comprehension", nil, x.Elt)
	case *DictComp:
		st.comprehension(x.Generators, "dict comprehension", x.Value, x.Key)
	case *Yield:
		st.opt(x.Value)
		if st.cur.comp != "" {
			st.raise(x, "'yield' inside %s", st.cur.comp)
		}
	case *YieldFrom:
		st.expr(x.Value)
		if st.cur.comp != "" {
			st.raise(x, "'yield' inside %s", st.cur.comp)
		}
	case *Compare:
		st.expr(x.Left)
		st.exprs(x.Comparators)
	case *Call:
		st.expr(x.Func)
		st.exprs(x.Args)
		for _, k := range x.Keywords {
			st.expr(k.Value)
		}
	case *FormattedValue:
		st.expr(x.Value)
		if x.FormatSpec != nil {
			st.expr(x.FormatSpec)
		}
	case *JoinedStr:
		st.exprs(x.Values)
	case *Attribute:
		st.expr(x.X)
	case *Subscript:
		st.expr(x.X)
		st.expr(x.Index)
	case *Starred:
		st.expr(x.X)
	case *Slice:
		st.opt(x.Lo)
		st.opt(x.Hi)
		st.opt(x.Step)
	case *List:
		st.exprs(x.Elts)
	case *Tuple:
		st.exprs(x.Elts)
	}
}

func (st *symtable) comprehension(gens []*Comprehension, kind string, value, elt Expr) {
	outer := gens[0]
	st.cur.iterExpr++
	st.expr(outer.Iter)
	st.cur.iterExpr--
	st.enter(functionScope, kind)
	st.cur.iterTarget = true
	st.target(outer.Target)
	st.cur.iterTarget = false
	st.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		st.cur.iterTarget = true
		st.target(g.Target)
		st.cur.iterTarget = false
		st.cur.iterExpr++
		st.expr(g.Iter)
		st.cur.iterExpr--
		st.exprs(g.Ifs)
	}
	if value != nil {
		st.expr(value)
	}
	st.expr(elt)
	st.exit()
}

// namedExprScope binds the target of a walrus inside a comprehension in
// the enclosing function or module, as symtable_extend_namedexpr_scope does.
func (st *symtable) namedExprScope(x *NamedExpr) {
	name := x.Target.ID
	for s := st.cur; s != nil; s = s.parent {
		if s.comp != "" {
			if s.flags[name]&defCompIter != 0 {
				st.raise(x.Target, "assignment expression cannot rebind comprehension iteration variable '%s'", name)
			}
			continue
		}
		switch s.kind {
		case functionScope:
			st.addDefIn(s, name, defLocal, x.Target)
		case moduleScope:
			st.addDefIn(s, name, defGlobal, x.Target)
		case classScope:
			st.raise(x.Target, "assignment expression within a comprehension cannot be used in a class body")
		}
		return
	}
}

// analyze resolves nonlocal declarations, as analyze_block does. bound is
// nil at module level.
func (st *symtable) analyze(s *scope, bound map[string]bool) {
	for _, name := range s.names {
		f := s.flags[name]
		if f&defGlobal != 0 && f&defNonlocal != 0 {
			st.raise(s.directives[name], "name '%s' is nonlocal and global", name)
		}
		if f&defNonlocal != 0 {
			if bound == nil {
				st.raise(s.directives[name], "nonlocal declaration not allowed at module level")
			}
			if !bound[name] {
				st.raise(s.directives[name], "no binding for nonlocal '%s' found", name)
			}
		}
	}
	newBound := map[string]bool{}
	if s.kind == functionScope {
		for _, name := range s.names {
			f := s.flags[name]
			if f&defBound != 0 && f&(defGlobal|defNonlocal) == 0 {
				newBound[name] = true
			}
		}
	}
	if s.kind != classScope {
		for k := range bound {
			newBound[k] = true
		}
	} else {
		newBound = bound
		if newBound == nil {
			newBound = map[string]bool{}
		}
	}
	for _, c := range s.children {
		st.analyze(c, newBound)
	}
}

// ---- compiler checks ----

type compileCheck struct {
	filename string
	lines    []string
	ffLine   int32 // line of the last valid `from __future__ import`
	inFunc   bool  // in a function or lambda body (not a class body)
	loops    int   // enclosing loops in the current function
}

func (c *compileCheck) raise(n Node, format string, args ...any) {
	raiseAt(c.filename, c.lines, n, format, args...)
}

func (c *compileCheck) stmts(list []Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compileCheck) exprs(list []Expr) {
	for _, x := range list {
		if x != nil {
			c.expr(x)
		}
	}
}

func (c *compileCheck) opt(x Expr) {
	if x != nil {
		c.expr(x)
	}
}

// body checks a function or class body in a fresh context.
func (c *compileCheck) body(list []Stmt, inFunc bool) {
	saveFunc, saveLoops := c.inFunc, c.loops
	c.inFunc, c.loops = inFunc, 0
	c.stmts(list)
	c.inFunc, c.loops = saveFunc, saveLoops
}

func (c *compileCheck) args(a *Arguments) {
	c.exprs(a.KwDefaults)
	c.exprs(a.Defaults)
}

func (c *compileCheck) stmt(s Stmt) {
	switch s := s.(type) {
	case *FunctionDef:
		c.exprs(s.Decorators)
		c.args(s.Args)
		for _, list := range [][]*Arg{s.Args.Args, s.Args.Posonly, s.Args.Kwonly} {
			for _, p := range list {
				c.opt(p.Annotation)
			}
		}
		if s.Args.Vararg != nil {
			c.opt(s.Args.Vararg.Annotation)
		}
		if s.Args.Kwarg != nil {
			c.opt(s.Args.Kwarg.Annotation)
		}
		c.opt(s.Returns)
		c.debugArgs(s, s.Args)
		c.body(s.Body, true)
	case *ClassDef:
		c.exprs(s.Decorators)
		c.keywords(s, s.Keywords)
		c.exprs(s.Bases)
		for _, k := range s.Keywords {
			c.expr(k.Value)
		}
		c.body(s.Body, false)
	case *Return:
		if !c.inFunc {
			c.raise(s, "'return' outside function")
		}
		c.opt(s.Value)
	case *Break:
		if c.loops == 0 {
			c.raise(s, "'break' outside loop")
		}
	case *Continue:
		if c.loops == 0 {
			c.raise(s, "'continue' not properly in loop")
		}
	case *Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *Assign:
		c.expr(s.Value)
		for _, t := range s.Targets {
			c.store(t)
		}
	case *AugAssign:
		c.expr(s.Target)
		c.expr(s.Value)
	case *AnnAssign:
		c.opt(s.Value)
		c.store(s.Target)
		// Annotations are only evaluated in a module or class body.
		if !c.inFunc {
			c.expr(s.Annotation)
		}
	case *For:
		c.expr(s.Iter)
		c.store(s.Target)
		c.loops++
		c.stmts(s.Body)
		c.loops--
		c.stmts(s.Orelse)
	case *While:
		c.expr(s.Test)
		c.loops++
		c.stmts(s.Body)
		c.loops--
		c.stmts(s.Orelse)
	case *If:
		c.expr(s.Test)
		c.stmts(s.Body)
		c.stmts(s.Orelse)
	case *Raise:
		c.opt(s.Exc)
		c.opt(s.Cause)
	case *Try:
		c.stmts(s.Body)
		c.stmts(s.Orelse)
		for i, h := range s.Handlers {
			if h.Type == nil && i < len(s.Handlers)-1 {
				c.raise(h, "default 'except:' must be last")
			}
			c.opt(h.Type)
			c.stmts(h.Body)
		}
		c.stmts(s.Finalbody)
	case *Assert:
		c.expr(s.Test)
		c.opt(s.Msg)
	case *ImportFrom:
		if s.Module == "__future__" && s.Level == 0 && s.Start.Line > c.ffLine {
			c.raise(s, "from __future__ imports must occur at the beginning of the file")
		}
	case *ExprStmt:
		c.expr(s.X)
	case *With:
		for _, it := range s.Items {
			c.expr(it.Context)
			if it.Vars != nil {
				c.store(it.Vars)
			}
		}
		c.stmts(s.Body)
	}
}

// store checks an assignment target.
func (c *compileCheck) store(x Expr) {
	switch x := x.(type) {
	case *Name:
		if x.ID == "__debug__" {
			c.raise(x, "cannot assign to __debug__")
		}
	case *Starred:
		c.raise(x, "starred assignment target must be in a list or tuple")
	case *Tuple:
		c.unpack(x, x.Elts)
	case *List:
		c.unpack(x, x.Elts)
	case *Attribute:
		c.expr(x.X)
		if x.Name == "__debug__" {
			c.raise(x, "cannot assign to __debug__")
		}
	case *Subscript:
		c.expr(x.X)
		c.expr(x.Index)
	}
}

// debugArgs rejects parameters named __debug__.
func (c *compileCheck) debugArgs(n Node, a *Arguments) {
	for _, list := range [][]*Arg{a.Posonly, a.Args, a.Kwonly, {a.Vararg, a.Kwarg}} {
		for _, p := range list {
			if p != nil && p.Name == "__debug__" {
				c.raise(n, "cannot assign to __debug__")
			}
		}
	}
}

func (c *compileCheck) unpack(n Expr, elts []Expr) {
	seen := false
	for _, e := range elts {
		if _, ok := e.(*Starred); ok {
			if seen {
				c.raise(n, "multiple starred expressions in assignment")
			}
			seen = true
		}
	}
	for _, e := range elts {
		if st, ok := e.(*Starred); ok {
			c.store(st.X)
		} else {
			c.store(e)
		}
	}
}

func (c *compileCheck) keywords(n Node, kws []*Keyword) {
	for i, k := range kws {
		if k.Name == "" {
			continue
		}
		if k.Name == "__debug__" {
			c.raise(n, "cannot assign to __debug__")
		}
		for _, k2 := range kws[i+1:] {
			if k2.Name == k.Name {
				c.raise(k2, "keyword argument repeated: %s", k.Name)
			}
		}
	}
}

// del checks a del target.
func (c *compileCheck) del(x Expr) {
	switch x := x.(type) {
	case *Name:
		if x.ID == "__debug__" {
			c.raise(x, "cannot delete __debug__")
		}
	case *Tuple:
		for _, e := range x.Elts {
			c.del(e)
		}
	case *List:
		for _, e := range x.Elts {
			c.del(e)
		}
	default:
		c.expr(x)
	}
}

// elts checks the elements of a display or call, where *x is allowed.
func (c *compileCheck) elts(list []Expr) {
	for _, e := range list {
		if st, ok := e.(*Starred); ok {
			c.expr(st.X)
		} else {
			c.expr(e)
		}
	}
}

func (c *compileCheck) expr(x Expr) {
	switch x := x.(type) {
	case *Starred:
		c.raise(x, "can't use starred expression here")
	case *Yield:
		if !c.inFunc {
			c.raise(x, "'yield' outside function")
		}
		c.opt(x.Value)
	case *YieldFrom:
		if !c.inFunc {
			c.raise(x, "'yield' outside function")
		}
		c.expr(x.Value)
	case *NamedExpr:
		c.expr(x.Value)
	case *BoolOp:
		c.exprs(x.Values)
	case *BinOp:
		c.expr(x.X)
		c.expr(x.Y)
	case *UnaryOp:
		c.expr(x.X)
	case *Lambda:
		c.args(x.Args)
		c.debugArgs(x, x.Args)
		save, loops := c.inFunc, c.loops
		c.inFunc, c.loops = true, 0
		c.expr(x.Body)
		c.inFunc, c.loops = save, loops
	case *IfExp:
		c.expr(x.Test)
		c.expr(x.Body)
		c.expr(x.Orelse)
	case *Dict:
		c.exprs(x.Keys)
		c.exprs(x.Values)
	case *Set:
		c.elts(x.Elts)
	case *List:
		c.elts(x.Elts)
	case *Tuple:
		c.elts(x.Elts)
	case *GeneratorExp:
		c.comp(x.Generators, x.Elt, nil)
	case *ListComp:
		c.comp(x.Generators, x.Elt, nil)
	case *SetComp:
		c.comp(x.Generators, x.Elt, nil)
	case *DictComp:
		c.comp(x.Generators, x.Key, x.Value)
	case *Compare:
		c.expr(x.Left)
		c.exprs(x.Comparators)
	case *Call:
		c.expr(x.Func)
		c.keywords(x, x.Keywords)
		c.elts(x.Args)
		for _, k := range x.Keywords {
			c.expr(k.Value)
		}
	case *FormattedValue:
		c.expr(x.Value)
		if x.FormatSpec != nil {
			c.expr(x.FormatSpec)
		}
	case *JoinedStr:
		c.exprs(x.Values)
	case *Attribute:
		c.expr(x.X)
	case *Subscript:
		c.expr(x.X)
		if t, ok := x.Index.(*Tuple); ok {
			c.elts(t.Elts)
		} else {
			c.expr(x.Index)
		}
	case *Slice:
		c.opt(x.Lo)
		c.opt(x.Hi)
		c.opt(x.Step)
	}
}

func (c *compileCheck) comp(gens []*Comprehension, elt, value Expr) {
	c.expr(gens[0].Iter)
	save, loops := c.inFunc, c.loops
	c.inFunc, c.loops = true, 0
	for i, g := range gens {
		c.store(g.Target)
		if i > 0 {
			c.expr(g.Iter)
		}
		c.exprs(g.Ifs)
	}
	c.expr(elt)
	c.opt(value)
	c.inFunc, c.loops = save, loops
}
