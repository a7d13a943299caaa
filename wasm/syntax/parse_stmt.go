package syntax

// This file parses statements.

// file parses statements up to EOF.
func (p *parser) file() []Stmt {
	var body []Stmt
	for p.kind() != EOF {
		body = p.statement(body)
	}
	return body
}

// statement parses one statement (or one line of simple statements) and
// appends it to list.
func (p *parser) statement(list []Stmt) []Stmt {
	switch p.kind() {
	case DEF:
		return append(list, p.funcDef(nil))
	case AT:
		return append(list, p.decorated())
	case CLASS:
		return append(list, p.classDef(nil))
	case IF:
		return append(list, p.ifStmt())
	case WHILE:
		return append(list, p.whileStmt())
	case FOR:
		return append(list, p.forStmt())
	case TRY:
		return append(list, p.tryStmt())
	case WITH:
		return append(list, p.withStmt())
	case ASYNC:
		switch p.peek(1) {
		case DEF, FOR, WITH:
			p.refuseAsync()
			return p.statement(list)
		}
	case INDENT, DEDENT:
		p.syntaxError()
	case NAME:
		if p.tok().lit == "match" {
			p.matchStmt()
		}
	}
	return p.simpleStmts(list)
}

// refuseAsync refuses `async def`, `async for` or `async with`, and
// skips the `async` keyword so that the statement is read on.
func (p *parser) refuseAsync() {
	t := p.next()
	what := "async functions"
	switch p.kind() {
	case FOR:
		what = "async for"
	case WITH:
		what = "async with"
	}
	p.refuseLater(t.pos, t.end, what)
}

// matchStmt refuses a match statement. `match` is a soft keyword: when
// what follows is not `match subject:` NEWLINE, the statement is parsed as
// ordinary code.
func (p *parser) matchStmt() {
	t := *p.tok()
	switch p.peek(1) {
	case NEWLINE, ASSIGN, DOT, COLON, SEMI, COMMA, RPAREN, EOF:
		return
	}
	if p.peek(1).AugOp() != ILLEGAL {
		return
	}
	save := p.i
	isMatch := p.try(func() {
		p.next()
		p.starNamedExpressions()
		if p.kind() != COLON || p.peek(1) != NEWLINE {
			p.syntaxError()
		}
	})
	p.i = save
	if isMatch {
		p.refuse(t.pos, t.end, "the match statement")
	}
}

// simpleStmts parses `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
func (p *parser) simpleStmts(list []Stmt) []Stmt {
	var start int
	for {
		start = p.i
		list = append(list, p.simpleStmt())
		if p.kind() != SEMI {
			break
		}
		p.next()
		if p.kind() == NEWLINE {
			break
		}
	}
	if p.kind() != NEWLINE {
		p.afterStatement(start, list[len(list)-1])
	}
	p.next()
	return list
}

// afterStatement reports the error for a simple statement last (starting
// at token startIdx) followed by something other than ';' or a newline.
func (p *parser) afterStatement(startIdx int, last Stmt) {
	if _, ok := last.(*ExprStmt); ok && !p.noInvalid {
		// CPython's invalid_assignment rule reads `a, b c = d` as a list
		// of named expressions (star_named_expression ','
		// star_named_expressions*), which reports `c = d` as a misused '='.
		save := p.i
		p.i = startIdx
		p.try(func() {
			if !startsExpr(p.kind()) || p.kind() == YIELD {
				p.syntaxError()
			}
			p.starNamedExpression()
			if p.kind() != COMMA {
				p.syntaxError()
			}
			p.next()
			for startsExpr(p.kind()) && p.kind() != YIELD {
				p.starNamedExpressions()
			}
		})
		p.i = save
	}
	p.syntaxError()
}

func startsExpr(k Token) bool {
	switch k {
	case NAME, INT, FLOAT, IMAG, STRING, FSTRING, LPAREN, LBRACK, LBRACE,
		MINUS, PLUS, TILDE, NOT, LAMBDA, TRUE, FALSE, NONE, ELLIPSIS, STAR, AWAIT, YIELD:
		return true
	}
	return false
}

func (p *parser) simpleStmt() Stmt {
	t := *p.tok()
	switch t.kind {
	case PASS:
		p.next()
		return &Pass{Range{t.pos, t.end}}
	case BREAK:
		p.next()
		return &Break{Range{t.pos, t.end}}
	case CONTINUE:
		p.next()
		return &Continue{Range{t.pos, t.end}}
	case RETURN:
		p.next()
		s := &Return{Range: Range{t.pos, t.end}}
		if startsExpr(p.kind()) && p.kind() != YIELD {
			s.Value = p.starExpressions()
			s.End = p.prevEnd()
		}
		return s
	case RAISE:
		p.next()
		s := &Raise{Range: Range{t.pos, t.end}}
		if startsExpr(p.kind()) {
			s.Exc = p.expression()
			if p.got(FROM) {
				s.Cause = p.expression()
			}
			s.End = p.prevEnd()
		}
		return s
	case GLOBAL, NONLOCAL:
		p.next()
		var names []string
		for {
			names = append(names, p.expect(NAME).lit)
			if !p.got(COMMA) {
				break
			}
		}
		r := Range{t.pos, p.prevEnd()}
		if t.kind == GLOBAL {
			return &Global{r, names}
		}
		return &Nonlocal{r, names}
	case DEL:
		return p.delStmt()
	case ASSERT:
		p.next()
		s := &Assert{Test: p.expression()}
		if p.got(COMMA) {
			s.Msg = p.expression()
		}
		s.Range = Range{t.pos, p.prevEnd()}
		return s
	case IMPORT:
		return p.importStmt()
	case FROM:
		return p.fromImport()
	}
	return p.exprStmt()
}

func (p *parser) delStmt() Stmt {
	t := p.next()
	start := p.i
	var targets []Expr
	for {
		if !startsExpr(p.kind()) || p.kind() == YIELD {
			p.syntaxError()
		}
		targets = append(targets, p.starExpression())
		if !p.got(COMMA) || !startsExpr(p.kind()) {
			break
		}
	}
	if k := p.kind(); k != NEWLINE && k != SEMI {
		// Something follows that isn't part of a target list: report it
		// as CPython's invalid_del_stmt does, on the whole expression.
		save := p.i
		p.i = start
		var x Expr
		if p.try(func() { x = p.starExpressions() }) && p.kind() != NEWLINE && p.kind() != SEMI {
			p.i = save
			p.syntaxError()
		}
		if x != nil {
			p.checkTarget(x, delTargets)
		}
		p.i = save
		p.syntaxError()
	}
	for _, x := range targets {
		p.checkTarget(x, delTargets)
	}
	return &Delete{Range{t.pos, p.prevEnd()}, targets}
}

// dottedName parses NAME ('.' NAME)*.
func (p *parser) dottedName() string {
	name := p.expect(NAME).lit
	for p.kind() == DOT {
		p.next()
		name += "." + p.expect(NAME).lit
	}
	return name
}

func (p *parser) importStmt() Stmt {
	t := p.next()
	s := &Import{}
	for {
		a := &Alias{}
		a.Start = p.pos()
		a.Name = p.dottedName()
		if p.got(AS) {
			a.AsName = p.expect(NAME).lit
		}
		a.End = p.prevEnd()
		s.Names = append(s.Names, a)
		if !p.got(COMMA) {
			break
		}
	}
	s.Range = Range{t.pos, p.prevEnd()}
	return s
}

func (p *parser) fromImport() Stmt {
	t := p.next()
	s := &ImportFrom{}
	for {
		if p.got(DOT) {
			s.Level++
		} else if p.got(ELLIPSIS) {
			s.Level += 3
		} else {
			break
		}
	}
	if p.kind() != IMPORT || s.Level == 0 {
		s.Module = p.dottedName()
	}
	p.expect(IMPORT)
	if p.kind() == STAR {
		st := p.next()
		s.Names = []*Alias{{Range: Range{st.pos, st.end}, Name: "*"}}
	} else {
		paren := p.got(LPAREN)
		for {
			a := &Alias{}
			a.Start = p.pos()
			a.Name = p.expect(NAME).lit
			if p.got(AS) {
				a.AsName = p.expect(NAME).lit
			}
			a.End = p.prevEnd()
			s.Names = append(s.Names, a)
			if !p.got(COMMA) {
				break
			}
			if paren && p.kind() == RPAREN {
				break
			}
			if !paren && p.kind() != NAME {
				p.errorTok("trailing comma not allowed without surrounding parentheses")
			}
		}
		if paren {
			p.expect(RPAREN)
		}
	}
	s.Range = Range{t.pos, p.prevEnd()}
	return s
}

// exprStmt parses an expression statement or an assignment.
func (p *parser) exprStmt() Stmt {
	startIdx := p.i
	start := p.pos()
	var x Expr
	if p.kind() == YIELD {
		x = p.yieldExpr()
	} else {
		x = p.starExpressions()
	}
	switch k := p.kind(); {
	case k == COLON:
		return p.annAssign(x, startIdx)
	case k.AugOp() != ILLEGAL:
		op := p.next()
		switch x.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.errorNode(x, "'%s' is an illegal expression for augmented assignment", exprName(x))
		}
		var v Expr
		if p.kind() == YIELD {
			v = p.yieldExpr()
		} else {
			v = p.starExpressions()
		}
		return &AugAssign{Range{start, p.prevEnd()}, x, op.kind.AugOp(), v}
	case k == ASSIGN:
		targets := []Expr{x}
		idx := []int{startIdx}
		var v Expr
		for p.got(ASSIGN) {
			if !p.noInvalid {
				// CPython reports a bad target as soon as it is
				// followed by '=', whatever comes next.
				p.checkAssignTargets(targets, idx)
			}
			idx = append(idx, p.i)
			if p.kind() == YIELD {
				v = p.yieldExpr()
			} else {
				v = p.starExpressions()
			}
			if p.kind() == ASSIGN {
				targets = append(targets, v)
			}
		}
		p.checkAssignTargets(targets, idx)
		return &Assign{Range{start, p.prevEnd()}, targets, v}
	}
	return &ExprStmt{Range{start, p.prevEnd()}, x}
}

// checkAssignTargets validates the targets of an assignment, reporting the
// first invalid one as CPython's invalid_assignment rule does.
func (p *parser) checkAssignTargets(targets []Expr, idx []int) {
	bad := false
	for _, t := range targets {
		if invalidTarget(t, starTargets) != nil {
			bad = true
		}
	}
	if !bad {
		return
	}
	// CPython first re-reads the first target as a list of named
	// expressions, which reports `f() = 1` as "cannot assign to function
	// call here. Maybe you meant '==' instead of '='?".
	save := p.i
	p.i = idx[0]
	p.try(func() {
		p.starNamedExpression()
		for p.got(COMMA) && p.kind() != ASSIGN {
			p.starNamedExpression()
		}
	})
	if p.err != nil {
		panic(bailout{})
	}
	p.i = save
	for _, t := range targets {
		if y, ok := t.(*Yield); ok {
			p.errorNode(y, "assignment to yield expression not possible")
		}
		if y, ok := t.(*YieldFrom); ok {
			p.errorNode(y, "assignment to yield expression not possible")
		}
		p.checkTarget(t, starTargets)
	}
}

func (p *parser) annAssign(x Expr, startIdx int) Stmt {
	start, _ := x.Span()
	switch x := x.(type) {
	case *Name, *Attribute, *Subscript:
	default:
		if p.noInvalid {
			p.syntaxError()
		}
		// CPython reports a bad target only when an annotation follows.
		p.next()
		p.expression()
		switch x := x.(type) {
		case *List:
			p.errorNode(x, "only single target (not list) can be annotated")
		case *Tuple:
			if t := p.toks[startIdx]; t.kind == LPAREN && t.pos == x.Start {
				p.errorNode(x, "only single target (not tuple) can be annotated")
			}
			p.errorNode(x.Elts[0], "only single target (not tuple) can be annotated")
		default:
			p.errorNode(x, "illegal target for annotation")
		}
	}
	p.next()
	ann := p.expression()
	s := &AnnAssign{Target: x, Annotation: ann}
	if p.got(ASSIGN) {
		if p.kind() == YIELD {
			s.Value = p.yieldExpr()
		} else {
			s.Value = p.starExpressions()
		}
	}
	s.Range = Range{start, p.prevEnd()}
	return s
}

// ---- compound statements ----

// colon expects the ':' ending a compound statement's header.
func (p *parser) colon() {
	if p.kind() == COLON {
		p.next()
		return
	}
	if p.kind() == NEWLINE {
		p.errorLast("expected ':'")
	}
	p.syntaxError()
}

// forcedColon expects the ':' of a header where CPython's grammar forces
// it (def, try, else, finally): anything else is "expected ':'".
func (p *parser) forcedColon() {
	if p.kind() != COLON {
		p.hardLast("expected ':'")
	}
	p.next()
}

// block parses the body after a compound statement's ':'. what and line
// describe the statement for the IndentationError when the body is missing.
func (p *parser) block(what string, line int32) []Stmt {
	if p.kind() != NEWLINE {
		return p.simpleStmts(nil)
	}
	p.next()
	if p.kind() != INDENT {
		pos, end := tokErrPos(p.tok())
		p.fail("IndentationError", pos, end, "expected an indented block after %s on line %d", what, line)
	}
	p.next()
	var body []Stmt
	for p.kind() != DEDENT && p.kind() != EOF {
		body = p.statement(body)
	}
	p.next()
	return body
}

func bodyEnd(body []Stmt) Pos {
	if len(body) == 0 {
		return Pos{}
	}
	_, e := body[len(body)-1].Span()
	return e
}

func (p *parser) ifStmt() Stmt {
	t := p.next()
	what := "'if' statement"
	if t.kind == ELIF {
		what = "'elif' statement"
	}
	s := &If{}
	s.Start = t.pos
	s.Test = p.namedExpression()
	p.colon()
	s.Body = p.block(what, t.pos.Line)
	s.End = bodyEnd(s.Body)
	switch p.kind() {
	case ELIF:
		e := p.ifStmt()
		s.Orelse = []Stmt{e}
		_, s.End = e.Span()
	case ELSE:
		s.Orelse = p.elseBlock()
		s.End = bodyEnd(s.Orelse)
	}
	return s
}

func (p *parser) elseBlock() []Stmt {
	t := p.next()
	p.forcedColon()
	return p.block("'else' statement", t.pos.Line)
}

func (p *parser) whileStmt() Stmt {
	t := p.next()
	s := &While{}
	s.Start = t.pos
	s.Test = p.namedExpression()
	p.colon()
	s.Body = p.block("'while' statement", t.pos.Line)
	s.End = bodyEnd(s.Body)
	if p.kind() == ELSE {
		s.Orelse = p.elseBlock()
		s.End = bodyEnd(s.Orelse)
	}
	return s
}

func (p *parser) forStmt() Stmt {
	t := p.next()
	s := &For{}
	s.Start = t.pos
	s.Target = p.forTarget()
	p.expect(IN)
	s.Iter = p.starExpressions()
	p.colon()
	s.Body = p.block("'for' statement", t.pos.Line)
	s.End = bodyEnd(s.Body)
	if p.kind() == ELSE {
		s.Orelse = p.elseBlock()
		s.End = bodyEnd(s.Orelse)
	}
	return s
}

// forTarget parses the target list of a for statement or comprehension,
// up to `in`.
func (p *parser) forTarget() Expr {
	start := p.i
	x := p.targetList()
	if p.kind() != IN {
		// Re-read the whole thing as an expression to find the invalid
		// target, as CPython's invalid_for_target does.
		save := p.i
		p.i = start
		var y Expr
		if p.try(func() { y = p.starExpressions() }) {
			p.checkTarget(y, forTargets)
		}
		p.i = save
		p.syntaxError()
	}
	p.checkTarget(x, forTargets)
	return x
}

// targetList parses `star_target (',' star_target)* [',']` where each
// target is read as a bitwise-or expression.
func (p *parser) targetList() Expr {
	start := p.pos()
	first := p.starTarget()
	if p.kind() != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if !startsExpr(p.kind()) || p.kind() == YIELD {
			break
		}
		elts = append(elts, p.starTarget())
	}
	return &Tuple{Range{start, p.prevEnd()}, elts}
}

func (p *parser) starTarget() Expr {
	if p.kind() == STAR {
		t := p.next()
		x := p.bitOr()
		_, e := x.Span()
		return &Starred{Range{t.pos, e}, x}
	}
	return p.bitOr()
}

func (p *parser) tryStmt() Stmt {
	t := p.next()
	s := &Try{}
	s.Start = t.pos
	p.forcedColon()
	s.Body = p.block("'try' statement", t.pos.Line)
	s.End = bodyEnd(s.Body)
	for p.kind() == EXCEPT {
		h := p.exceptClause()
		s.Handlers = append(s.Handlers, h)
		s.End = h.End
	}
	if len(s.Handlers) > 0 && p.kind() == ELSE {
		s.Orelse = p.elseBlock()
		s.End = bodyEnd(s.Orelse)
	}
	if p.kind() == FINALLY {
		ft := p.next()
		p.forcedColon()
		s.Finalbody = p.block("'finally' statement", ft.pos.Line)
		s.End = bodyEnd(s.Finalbody)
	}
	if len(s.Handlers) == 0 && s.Finalbody == nil {
		p.errorLast("expected 'except' or 'finally' block")
	}
	return s
}

func (p *parser) exceptClause() *ExceptHandler {
	t := p.next()
	h := &ExceptHandler{}
	h.Start = t.pos
	if p.kind() == STAR {
		st := p.tok()
		p.refuse(t.pos, st.end, "except*")
	}
	if p.kind() != COLON {
		if p.kind() == NEWLINE {
			p.errorLast("expected ':'")
		}
		h.Type = p.expression()
		if p.kind() == COMMA {
			// except A, B:
			save := p.i
			ok := p.try(func() {
				for p.got(COMMA) {
					p.expression()
				}
			})
			if ok && (p.kind() == COLON || p.kind() == AS) {
				end := p.prevEnd()
				s, _ := h.Type.Span()
				p.errorRange(s, end, "multiple exception types must be parenthesized")
			}
			p.i = save
		}
		if p.got(AS) {
			if p.kind() != NAME {
				p.syntaxError()
			}
			h.Name = p.next().lit
		}
	}
	p.colon()
	h.Body = p.block("'except' statement", t.pos.Line)
	h.End = bodyEnd(h.Body)
	return h
}

func (p *parser) withStmt() Stmt {
	t := p.next()
	s := &With{}
	s.Start = t.pos
	parsed := false
	if p.kind() == LPAREN {
		// The parenthesized form `with (a as b, c):`, tried first.
		save := p.i
		var items []*WithItem
		parsed = p.try(func() {
			p.next()
			for {
				items = append(items, p.withItem())
				if !p.got(COMMA) || p.kind() == RPAREN {
					break
				}
			}
			p.expect(RPAREN)
			if p.kind() != COLON {
				p.syntaxError()
			}
		})
		if parsed {
			s.Items = items
		} else {
			p.i = save
		}
	}
	if !parsed {
		for {
			s.Items = append(s.Items, p.withItem())
			if !p.got(COMMA) {
				break
			}
		}
	}
	p.colon()
	s.Body = p.block("'with' statement", t.pos.Line)
	s.End = bodyEnd(s.Body)
	return s
}

func (p *parser) withItem() *WithItem {
	w := &WithItem{Context: p.expression()}
	if p.got(AS) {
		w.Vars = p.starTarget()
		switch p.kind() {
		case COMMA, RPAREN, COLON:
			p.checkTarget(w.Vars, starTargets)
		}
	}
	return w
}

func (p *parser) decorated() Stmt {
	var decs []Expr
	for p.kind() == AT {
		p.next()
		decs = append(decs, p.namedExpression())
		if p.kind() != NEWLINE {
			p.syntaxError()
		}
		p.next()
	}
	switch p.kind() {
	case DEF:
		return p.funcDef(decs)
	case CLASS:
		return p.classDef(decs)
	case ASYNC:
		if p.peek(1) == DEF {
			p.refuseAsync()
			return p.funcDef(decs)
		}
	}
	p.syntaxError()
	return nil
}

func (p *parser) funcDef(decs []Expr) Stmt {
	t := p.next()
	s := &FunctionDef{Decorators: decs}
	s.Start = t.pos
	if p.kind() != NAME {
		p.syntaxError()
	}
	s.Name = p.next().lit
	if p.kind() == LBRACK && p.typeParams(LPAREN) {
		p.refuse(p.pos(), p.tok().end, "type parameters")
	}
	if p.kind() != LPAREN {
		p.hardLast("expected '('")
	}
	p.next()
	s.Args = p.parameters(RPAREN, true)
	p.expect(RPAREN)
	if p.got(ARROW) {
		s.Returns = p.expression()
	}
	p.forcedColon()
	s.Body = p.block("function definition", t.pos.Line)
	s.End = bodyEnd(s.Body)
	return s
}

func (p *parser) classDef(decs []Expr) Stmt {
	t := p.next()
	s := &ClassDef{Decorators: decs}
	s.Start = t.pos
	if p.kind() != NAME {
		p.syntaxError()
	}
	s.Name = p.next().lit
	if p.kind() == LBRACK && p.typeParams(COLON) {
		p.refuse(p.pos(), p.tok().end, "type parameters")
	}
	if p.got(LPAREN) {
		s.Bases, s.Keywords = p.arguments(false)
		p.expect(RPAREN)
	}
	p.colon()
	s.Body = p.block("class definition", t.pos.Line)
	s.End = bodyEnd(s.Body)
	return s
}

// typeParams reports whether a Python 3.12 type parameter list
// `[T, *Ts, **P]` comes next, followed by '(' (or by after, for a class).
func (p *parser) typeParams(after Token) bool {
	i := p.i + 1
	for {
		for p.toks[i].kind == STAR || p.toks[i].kind == DSTAR {
			i++
		}
		if p.toks[i].kind != NAME {
			return false
		}
		i++
		if p.toks[i].kind != COMMA {
			break
		}
		i++
	}
	return p.toks[i].kind == RBRACK && (p.toks[i+1].kind == after || p.toks[i+1].kind == LPAREN)
}

// parameters parses a parameter list up to (not including) the closing
// token: RPAREN for def, COLON for lambda (without annotations).
func (p *parser) parameters(closing Token, annotations bool) *Arguments {
	a := &Arguments{}
	seenDefault := false
	seenSlash := false
	seenStar := false // * or *args
	var starTok token
	for p.kind() != closing {
		switch p.kind() {
		case SLASH:
			st := p.next()
			if seenSlash {
				p.errorRange(st.pos, st.end, "/ may appear only once")
			}
			if seenStar {
				p.errorRange(st.pos, st.end, "/ must be ahead of *")
			}
			if len(a.Args) == 0 {
				p.errorRange(st.pos, st.end, "at least one argument must precede /")
			}
			seenSlash = true
			a.Posonly, a.Args = a.Args, nil
		case STAR:
			starTok = p.next()
			if seenStar {
				p.errorRange(starTok.pos, starTok.end, "* argument may appear only once")
			}
			seenStar = true
			if p.kind() == NAME {
				a.Vararg = p.param(annotations, true)
				if p.kind() == ASSIGN {
					p.errorTok("var-positional argument cannot have default value")
				}
			} else if p.kind() == closing || p.kind() == COMMA && (p.peek(1) == closing || p.peek(1) == DSTAR) {
				p.errorRange(starTok.pos, starTok.end, "named arguments must follow bare *")
			} else if p.kind() != COMMA {
				p.syntaxError()
			}
		case DSTAR:
			p.next()
			a.Kwarg = p.param(annotations, false)
			if p.kind() == ASSIGN {
				p.errorTok("var-keyword argument cannot have default value")
			}
			if p.kind() == COMMA {
				p.next()
			}
			if p.kind() != closing {
				p.errorTok("arguments cannot follow var-keyword argument")
			}
			return a
		case NAME:
			arg := p.param(annotations, false)
			var def Expr
			if p.kind() == ASSIGN {
				eq := p.next()
				if p.kind() == COMMA || p.kind() == RPAREN {
					p.errorRange(eq.pos, eq.end, "expected default value expression")
				}
				def = p.expression()
			}
			if seenStar {
				a.Kwonly = append(a.Kwonly, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				if def != nil {
					seenDefault = true
					a.Defaults = append(a.Defaults, def)
				} else if seenDefault {
					p.errorNode(arg, "non-default argument follows default argument")
				}
				a.Args = append(a.Args, arg)
			}
		case LPAREN:
			p.parenthesizedParams(closing)
			p.syntaxError()
		default:
			p.syntaxError()
		}
		if p.kind() == closing {
			break
		}
		if p.kind() != COMMA {
			p.syntaxError()
		}
		p.next()
	}
	return a
}

// parenthesizedParams reports `def f((a, b)):` as CPython does.
func (p *parser) parenthesizedParams(closing Token) {
	if p.noInvalid {
		return
	}
	lp := p.tok()
	save := p.i
	var rp token
	if p.try(func() {
		p.next()
		for {
			p.expect(NAME)
			if !p.got(COMMA) || p.kind() == RPAREN {
				break
			}
		}
		rp = p.expect(RPAREN)
	}) {
		what := "Function"
		if closing == COLON {
			what = "Lambda expression"
		}
		p.errorRange(lp.pos, rp.end, "%s parameters cannot be parenthesized", what)
	}
	p.i = save
}

// param parses NAME [':' annotation].
func (p *parser) param(annotations, star bool) *Arg {
	t := p.expect(NAME)
	a := &Arg{Range: Range{t.pos, t.end}, Name: t.lit}
	if annotations && p.got(COLON) {
		if star && p.kind() == STAR {
			// *args: *Ts (PEP 646)
			st := p.next()
			x := p.expression()
			_, e := x.Span()
			a.Annotation = &Starred{Range{st.pos, e}, x}
		} else {
			a.Annotation = p.expression()
		}
		a.End = p.prevEnd()
	}
	return a
}
