package syntax

import (
	"strconv"
	"strings"
)

// This file parses expressions. Each function is named after the rule of
// CPython's grammar it implements. A node's extent covers the tokens its
// rule consumed, so `(a) + b` starts at the parenthesis, as in CPython.

// starExpressions parses `star_expression (',' star_expression)* [',']`,
// returning a Tuple when there is a comma.
func (p *parser) starExpressions() Expr {
	start := p.pos()
	first := p.starExpression()
	if p.kind() != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if !startsExpr(p.kind()) || p.kind() == YIELD {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Range{start, p.prevEnd()}, elts}
}

// starExpression parses `'*' bitwise_or | expression`.
func (p *parser) starExpression() Expr {
	if p.kind() == STAR {
		t := p.next()
		x := p.bitOr()
		return &Starred{Range{t.pos, p.prevEnd()}, x}
	}
	return p.expression()
}

// starNamedExpressions parses a comma-separated list of
// star_named_expression, returning a Tuple when there is a comma.
func (p *parser) starNamedExpressions() Expr {
	start := p.pos()
	first := p.starNamedExpression()
	if p.kind() != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if !startsExpr(p.kind()) || p.kind() == YIELD {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &Tuple{Range{start, p.prevEnd()}, elts}
}

// starNamedExpression parses `'*' bitwise_or | named_expression`.
func (p *parser) starNamedExpression() Expr {
	if p.kind() == STAR {
		t := p.next()
		x := p.bitOr()
		return &Starred{Range{t.pos, p.prevEnd()}, x}
	}
	return p.namedExpression()
}

// namedExpression parses `NAME ':=' expression | expression`, reporting
// the errors of CPython's invalid_named_expression rule.
func (p *parser) namedExpression() Expr {
	startIdx := p.i
	t := *p.tok()
	if t.kind == NAME && p.peek(1) == WALRUS {
		p.next()
		p.next()
		v := p.expression()
		return &NamedExpr{Range{t.pos, p.prevEnd()}, &Name{Range{t.pos, t.end}, t.lit}, v}
	}
	x := p.expression()
	switch p.kind() {
	case WALRUS:
		p.badWalrus(x)
	case ASSIGN:
		p.invalidNamedExpr(startIdx)
	}
	return x
}

// badWalrus reports `x.y := v` when an expression follows the ':='.
func (p *parser) badWalrus(x Expr) {
	if p.noInvalid {
		return
	}
	save := p.i
	p.next()
	ok := p.try(func() { p.expression() })
	p.i = save
	if ok {
		p.errorNode(x, "cannot use assignment expressions with %s", exprName(x))
	}
}

// invalidNamedExpr looks again at the expression starting at token idx,
// which is followed by '=', for the mistakes CPython diagnoses there.
func (p *parser) invalidNamedExpr(idx int) {
	if p.noInvalid {
		return
	}
	save := p.i
	defer func() { p.i = save }()
	p.i = idx
	t := *p.tok()
	// NAME '=' bitwise_or !('='|':=')
	if t.kind == NAME && p.peek(1) == ASSIGN {
		p.next()
		p.next()
		var end Pos
		if p.try(func() { p.bitOr(); end = p.prevEnd() }) && p.kind() != ASSIGN && p.kind() != WALRUS {
			p.errorRange(t.pos, end, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		return
	}
	// !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
	switch t.kind {
	case TRUE, NONE, FALSE:
		return
	case LBRACK, LPAREN:
		var x Expr
		if p.try(func() { x = p.atom() }) {
			switch x := x.(type) {
			case *List:
				return
			case *Tuple, *GeneratorExp:
				if s, _ := x.Span(); s == t.pos {
					return
				}
			}
		}
		p.i = idx
	}
	var a Expr
	if !p.try(func() { a = p.bitOr() }) || p.kind() != ASSIGN {
		return
	}
	p.next()
	if p.try(func() { p.bitOr() }) && p.kind() != ASSIGN && p.kind() != WALRUS {
		p.errorNode(a, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(a))
	}
}

// expression parses a conditional expression, a lambda or a disjunction.
func (p *parser) expression() Expr {
	if p.kind() == LAMBDA {
		return p.lambda()
	}
	p.enter()
	defer p.leave()
	p.invalidLegacy()
	startIdx := p.i
	start := p.pos()
	x := p.disjunction()
	if p.kind() == IF {
		p.next()
		test := p.disjunction()
		if p.kind() != ELSE {
			if p.kind() != COLON && !p.noInvalid {
				s, _ := x.Span()
				p.errorRange(s, p.prevEnd(), "expected 'else' after 'if' expression")
			}
			p.syntaxError()
		}
		p.next()
		orelse := p.expression()
		return &IfExp{Range{start, p.prevEnd()}, test, x, orelse}
	}
	p.invalidExpression(startIdx, x)
	return x
}

// invalidLegacy reports Python 2's `print x` and `exec code` as CPython's
// invalid_legacy_expression rule does.
func (p *parser) invalidLegacy() {
	if p.noInvalid {
		return
	}
	t := p.tok()
	if t.kind != NAME || t.lit != "print" && t.lit != "exec" || p.peek(1) == LPAREN {
		return
	}
	save := p.i
	p.next()
	p.noInvalid = true
	ok := p.try(func() { p.starExpressions() })
	p.noInvalid = false
	if ok {
		end := p.prevEnd()
		p.i = save
		p.errorRange(t.pos, end, "Missing parentheses in call to '%s'. Did you mean %s(...)?", t.lit, t.lit)
	}
	p.i = save
}

// invalidExpression reports two expressions in a row inside brackets as
// CPython's invalid_expression rule does: "invalid syntax. Perhaps you
// forgot a comma?". Like CPython it reads the second expression even
// outside brackets, which matters for where a later error is reported.
func (p *parser) invalidExpression(startIdx int, a Expr) {
	if p.noInvalid {
		return
	}
	switch p.kind() {
	case NAME, INT, FLOAT, IMAG, STRING, FSTRING, LBRACE, TILDE, NOT, LAMBDA, TRUE, FALSE, NONE, ELLIPSIS, AWAIT, LPAREN, LBRACK, MINUS, PLUS:
	default:
		return
	}
	first := p.toks[startIdx]
	if first.kind == NAME {
		if k := p.toks[startIdx+1].kind; k == STRING || k == FSTRING {
			return
		}
		// CPython's SOFT_KEYWORD test compares only the token's length,
		// so any prefix of a soft keyword ("c", "ma", ...) counts.
		for _, kw := range [...]string{"match", "case", "_"} {
			if strings.HasPrefix(kw, first.lit) {
				return
			}
		}
	}
	save, refused := p.i, p.refused
	p.noInvalid = true
	var b Expr
	ok := p.try(func() { b = p.expression() })
	p.noInvalid = false
	p.refused = refused
	if n, isName := a.(*Name); isName && (n.ID == "print" || n.ID == "exec") {
		ok = false
	}
	if ok && p.toks[p.i-1].level > 0 {
		s, _ := a.Span()
		_, e := b.Span()
		p.errorRange(s, e, "invalid syntax. Perhaps you forgot a comma?")
	}
	p.i = save
}

func (p *parser) lambda() Expr {
	t := p.next()
	p.enter()
	defer p.leave()
	args := p.parameters(COLON, false)
	p.expect(COLON)
	body := p.expression()
	return &Lambda{Range{t.pos, p.prevEnd()}, args, body}
}

func (p *parser) disjunction() Expr {
	start := p.pos()
	x := p.conjunction()
	if p.kind() != OR {
		return x
	}
	values := []Expr{x}
	for p.got(OR) {
		values = append(values, p.conjunction())
	}
	return &BoolOp{Range{start, p.prevEnd()}, OR, values}
}

func (p *parser) conjunction() Expr {
	start := p.pos()
	x := p.inversion()
	if p.kind() != AND {
		return x
	}
	values := []Expr{x}
	for p.got(AND) {
		values = append(values, p.inversion())
	}
	return &BoolOp{Range{start, p.prevEnd()}, AND, values}
}

func (p *parser) inversion() Expr {
	if p.kind() == NOT {
		t := p.next()
		p.enter()
		x := p.inversion()
		p.leave()
		return &UnaryOp{Range{t.pos, p.prevEnd()}, NOT, x}
	}
	return p.comparison()
}

func (p *parser) comparison() Expr {
	start := p.pos()
	x := p.bitOr()
	var ops []Token
	var comps []Expr
	for {
		op := p.kind()
		switch op {
		case LT, GT, EQ, NE, LE, GE, IN:
			p.next()
		case IS:
			p.next()
			if p.got(NOT) {
				op = ISNOT
			}
		case NOT:
			if p.peek(1) != IN {
				goto done
			}
			p.next()
			p.next()
			op = NOTIN
		default:
			goto done
		}
		ops = append(ops, op)
		comps = append(comps, p.bitOr())
	}
done:
	if ops == nil {
		return x
	}
	return &Compare{Range{start, p.prevEnd()}, x, ops, comps}
}

// Binary operator precedence levels, loosest first.
func binLevel(k Token) int {
	switch k {
	case PIPE:
		return 1
	case CARET:
		return 2
	case AMP:
		return 3
	case LSHIFT, RSHIFT:
		return 4
	case PLUS, MINUS:
		return 5
	case STAR, SLASH, DSLASH, PERCENT, AT:
		return 6
	}
	return 0
}

func (p *parser) bitOr() Expr { return p.binary(1) }

func (p *parser) binary(level int) Expr {
	if level > 6 {
		return p.factor()
	}
	start := p.pos()
	x := p.binary(level + 1)
	depth := p.depth
	for binLevel(p.kind()) == level {
		op := p.next()
		p.enter()
		y := p.binary(level + 1)
		x = &BinOp{Range{start, p.prevEnd()}, x, op.kind, op.pos, y}
	}
	p.depth = depth
	return x
}

func (p *parser) factor() Expr {
	switch k := p.kind(); k {
	case PLUS, MINUS, TILDE:
		t := p.next()
		p.enter()
		x := p.factor()
		p.leave()
		return &UnaryOp{Range{t.pos, p.prevEnd()}, k, x}
	}
	return p.power()
}

func (p *parser) power() Expr {
	start := p.pos()
	if p.kind() == AWAIT {
		t := p.tok()
		p.refuseLater(t.pos, t.end, "await")
		p.next()
	}
	x := p.primary()
	if p.kind() == DSTAR {
		op := p.next()
		p.enter()
		y := p.factor()
		p.leave()
		return &BinOp{Range{start, p.prevEnd()}, x, DSTAR, op.pos, y}
	}
	return x
}

// primary parses an atom followed by attribute references, calls and
// subscripts.
func (p *parser) primary() Expr {
	start := p.pos()
	x := p.atom()
	depth := p.depth
	defer func() { p.depth = depth }()
	for {
		if k := p.kind(); k == DOT || k == LPAREN || k == LBRACK {
			p.enter()
		}
		switch p.kind() {
		case DOT:
			p.next()
			t := p.expect(NAME)
			x = &Attribute{Range{start, t.end}, x, t.lit, t.pos}
		case LPAREN:
			p.next()
			args, kws := p.arguments(true)
			p.expect(RPAREN)
			x = &Call{Range{start, p.prevEnd()}, x, args, kws}
		case LBRACK:
			p.next()
			idx := p.slices()
			p.expect(RBRACK)
			x = &Subscript{Range{start, p.prevEnd()}, x, idx}
		default:
			return x
		}
	}
}

// slices parses the inside of a subscript.
func (p *parser) slices() Expr {
	start := p.pos()
	first := p.slice()
	if p.kind() != COMMA {
		if st, ok := first.(*Starred); ok {
			return &Tuple{Range{start, p.prevEnd()}, []Expr{st}}
		}
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if p.kind() == RBRACK {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{Range{start, p.prevEnd()}, elts}
}

func (p *parser) slice() Expr {
	start := p.pos()
	if p.kind() == STAR {
		t := p.next()
		x := p.expression()
		return &Starred{Range{t.pos, p.prevEnd()}, x}
	}
	var lo Expr
	if p.kind() != COLON {
		lo = p.namedExpression()
		if p.kind() != COLON {
			return lo
		}
	}
	p.next()
	s := &Slice{Lo: lo}
	if k := p.kind(); k != COLON && k != COMMA && k != RBRACK {
		s.Hi = p.expression()
	}
	if p.got(COLON) {
		if k := p.kind(); k != COMMA && k != RBRACK {
			s.Step = p.expression()
		}
	}
	s.Range = Range{start, p.prevEnd()}
	return s
}

// arguments parses call arguments up to the closing parenthesis. A
// generator expression may be the sole argument of a call (genexp), not of
// a class definition.
func (p *parser) arguments(genexp bool) ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	seenKw, seenDstar := false, false
	for p.kind() != RPAREN {
		t := *p.tok()
		switch {
		case t.kind == STAR:
			p.next()
			x := p.expression()
			if seenDstar {
				p.errorRange(t.pos, t.end, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, &Starred{Range{t.pos, p.prevEnd()}, x})
		case t.kind == DSTAR:
			p.next()
			x := p.expression()
			kws = append(kws, &Keyword{Range{t.pos, p.prevEnd()}, "", x})
			seenDstar = true
		case t.kind == NAME && p.peek(1) == ASSIGN:
			p.next()
			eq := p.next()
			x := p.expression()
			if p.atCompFor() {
				p.errorRange(t.pos, eq.end, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			kws = append(kws, &Keyword{Range{t.pos, p.prevEnd()}, t.lit, x})
			seenKw = true
		case (t.kind == TRUE || t.kind == FALSE || t.kind == NONE) && p.peek(1) == ASSIGN:
			eq := p.toks[p.i+1]
			p.errorRange(t.pos, eq.end, "cannot assign to %s", t.kind)
		default:
			xStart := p.i
			var x Expr
			if t.kind == NAME && p.peek(1) == WALRUS {
				x = p.namedExpression()
			} else {
				x = p.expression()
				if p.kind() == WALRUS {
					p.badWalrus(x)
				}
			}
			if p.kind() == ASSIGN {
				eq := p.tok()
				s, _ := x.Span()
				if !p.noInvalid {
					p.errorRange(s, eq.end, "expression cannot contain assignment, perhaps you meant \"==\"?")
				}
				p.syntaxError()
			}
			first := len(args) == 0 && len(kws) == 0
			if (p.kind() == FOR || first && p.atCompFor()) && !genexp {
				p.syntaxError()
			}
			if p.kind() == FOR && !first && p.noInvalid {
				// Only a sole argument may be a generator expression.
				p.syntaxError()
			}
			if p.kind() == FOR || first && p.atCompFor() {
				gens := p.compFor()
				end := p.prevEnd()
				if len(args) > 0 || len(kws) > 0 || p.kind() != RPAREN {
					if p.kind() == COMMA || len(args) > 0 || len(kws) > 0 {
						s, _ := x.Span()
						p.errorRange(s, lastCompItemEnd(gens), "Generator expression must be parenthesized")
					}
				}
				_ = xStart
				// The generator expression spans the call's parentheses.
				lp := p.toks[xStart-1]
				rp := p.tok()
				if rp.kind != RPAREN {
					p.syntaxError()
				}
				x = &GeneratorExp{Range{lp.pos, rp.end}, x, gens}
				_ = end
			}
			if seenDstar || seenKw {
				p.positionalAfterKeyword(seenDstar)
			}
			args = append(args, x)
		}
		if !p.got(COMMA) {
			break
		}
	}
	if p.kind() != RPAREN {
		p.syntaxError()
	}
	return args, kws
}

// positionalAfterKeyword reports a positional argument after keyword
// arguments, at the last token read, as CPython does.
func (p *parser) positionalAfterKeyword(dstar bool) {
	msg := "positional argument follows keyword argument"
	if dstar {
		msg = "positional argument follows keyword argument unpacking"
	}
	// CPython reads on to the closing parenthesis before reporting.
	save := p.i
	p.try(func() {
		for p.got(COMMA) {
			if p.kind() == RPAREN {
				break
			}
			if p.kind() == STAR || p.kind() == DSTAR {
				p.next()
			} else if p.kind() == NAME && p.peek(1) == ASSIGN {
				p.next()
				p.next()
			}
			p.expression()
		}
	})
	t := p.tok()
	p.i = save
	p.errorRange(t.pos, t.end, "%s", msg)
}

func lastCompItemEnd(gens []*Comprehension) Pos {
	g := gens[len(gens)-1]
	if len(g.Ifs) > 0 {
		_, e := g.Ifs[len(g.Ifs)-1].Span()
		return e
	}
	_, e := g.Iter.Span()
	return e
}

// atCompFor reports whether a comprehension's `for` (or `async for`)
// comes next.
func (p *parser) atCompFor() bool {
	return p.kind() == FOR || p.kind() == ASYNC && p.peek(1) == FOR
}

// compFor parses the for/if clauses of a comprehension.
func (p *parser) compFor() []*Comprehension {
	var gens []*Comprehension
	for p.atCompFor() {
		if p.kind() == ASYNC {
			t := p.next()
			p.refuseLater(t.pos, t.end, "asynchronous comprehensions")
		}
		t := p.next()
		c := &Comprehension{}
		c.Start = t.pos
		c.Target = p.forTarget()
		p.expect(IN)
		c.Iter = p.disjunction()
		for p.got(IF) {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		c.End = p.prevEnd()
		gens = append(gens, c)
	}
	return gens
}

func (p *parser) yieldExpr() Expr {
	t := p.next()
	if p.got(FROM) {
		x := p.expression()
		return &YieldFrom{Range{t.pos, p.prevEnd()}, x}
	}
	y := &Yield{Range: Range{t.pos, t.end}}
	if startsExpr(p.kind()) && p.kind() != YIELD {
		y.Value = p.starExpressions()
		y.End = p.prevEnd()
	}
	return y
}

func (p *parser) atom() Expr {
	t := *p.tok()
	r := Range{t.pos, t.end}
	switch t.kind {
	case NAME:
		p.next()
		return &Name{r, t.lit}
	case TRUE:
		p.next()
		return &Constant{Range: r, Kind: ConstTrue}
	case FALSE:
		p.next()
		return &Constant{Range: r, Kind: ConstFalse}
	case NONE:
		p.next()
		return &Constant{Range: r, Kind: ConstNone}
	case ELLIPSIS:
		p.next()
		return &Constant{Range: r, Kind: ConstEllipsis}
	case INT:
		p.next()
		return &Constant{Range: r, Kind: ConstInt, Text: t.lit}
	case FLOAT:
		p.next()
		return &Constant{Range: r, Kind: ConstFloat, Text: t.lit, Float: parseFloat(t.lit)}
	case IMAG:
		p.next()
		return &Constant{Range: r, Kind: ConstImag, Text: t.lit, Float: parseFloat(t.lit[:len(t.lit)-1])}
	case STRING, FSTRING:
		return p.strings()
	case LPAREN:
		return p.parenAtom()
	case LBRACK:
		return p.listAtom()
	case LBRACE:
		return p.braceAtom()
	}
	p.syntaxError()
	return nil
}

func parseFloat(s string) float64 {
	s = strings.ReplaceAll(s, "_", "")
	f, _ := strconv.ParseFloat(s, 64) // out of range: ±Inf, as in Python
	return f
}

func (p *parser) parenAtom() Expr {
	lp := p.next()
	p.enter()
	defer p.leave()
	return p.parenBody(lp.pos, RPAREN)
}

// parenBody parses what follows an opening parenthesis at lp: a tuple, a
// group, a generator expression or a yield expression, then the closing
// token (RPAREN, or EOF for an f-string field).
func (p *parser) parenBody(lp Pos, closing Token) Expr {
	closeParen := func() Pos {
		if closing == EOF {
			// The text of an f-string field is parsed as if in
			// parentheses; the closing one would follow it.
			if p.kind() != EOF {
				p.syntaxError()
			}
			e := p.pos()
			return Pos{e.Line, e.Col + 1}
		}
		return p.expect(RPAREN).end
	}
	switch p.kind() {
	case RPAREN:
		if closing == RPAREN {
			rp := p.next()
			return &Tuple{Range{lp, rp.end}, nil}
		}
	case YIELD:
		y := p.yieldExpr()
		closeParen()
		return y
	case DSTAR:
		t := p.tok()
		p.errorRange(t.pos, t.end, "cannot use double starred expression here")
	}
	first := p.starNamedExpression()
	k := p.kind()
	if p.atCompFor() {
		k = FOR
	}
	switch k {
	case FOR:
		if st, ok := first.(*Starred); ok {
			p.errorNode(st, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.compFor()
		end := closeParen()
		return &GeneratorExp{Range{lp, end}, first, gens}
	case COMMA:
		elts := []Expr{first}
		for p.got(COMMA) {
			if p.kind() == closing {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		end := closeParen()
		return &Tuple{Range{lp, end}, elts}
	case closing:
		if st, ok := first.(*Starred); ok {
			p.errorNode(st, "cannot use starred expression here")
		}
		closeParen()
		return first
	}
	p.syntaxError()
	return nil
}

func (p *parser) listAtom() Expr {
	lb := p.next()
	p.enter()
	defer p.leave()
	if p.kind() == RBRACK {
		rb := p.next()
		return &List{Range{lb.pos, rb.end}, nil}
	}
	first := p.starNamedExpression()
	if p.atCompFor() {
		if st, ok := first.(*Starred); ok {
			p.errorNode(st, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.compFor()
		rb := p.expect(RBRACK)
		return &ListComp{Range{lb.pos, rb.end}, first, gens}
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if p.kind() == RBRACK {
			break
		}
		if p.atCompFor() {
			p.comprehensionTarget(elts, p.toks[p.i-1])
		}
		elts = append(elts, p.starNamedExpression())
	}
	if p.atCompFor() {
		p.comprehensionTarget(elts, token{})
	}
	rb := p.expect(RBRACK)
	return &List{Range{lb.pos, rb.end}, elts}
}

// comprehensionTarget reports `[a, b for ...]` as CPython's
// invalid_comprehension rule does; comma is the trailing comma, if any.
func (p *parser) comprehensionTarget(elts []Expr, comma token) {
	if p.noInvalid {
		return
	}
	save := p.i
	ok := p.try(func() { p.compFor() })
	p.i = save
	if !ok {
		return
	}
	s, _ := elts[0].Span()
	if comma.kind == COMMA && len(elts) == 1 {
		p.errorRange(s, comma.end, "did you forget parentheses around the comprehension target?")
	}
	_, e := elts[len(elts)-1].Span()
	p.errorRange(s, e, "did you forget parentheses around the comprehension target?")
}

func (p *parser) braceAtom() Expr {
	lb := p.next()
	p.enter()
	defer p.leave()
	if p.kind() == RBRACE {
		rb := p.next()
		return &Dict{Range{lb.pos, rb.end}, nil, nil}
	}
	// A dict starts with `**x` or `key:`.
	var firstKey, firstVal Expr
	isDict := false
	if p.kind() == DSTAR {
		p.next()
		firstVal = p.bitOr()
		isDict = true
	} else {
		firstKey = p.starNamedExpression()
		if p.kind() == COLON {
			if st, ok := firstKey.(*Starred); ok {
				p.errorNode(st, "cannot use a starred expression in a dictionary key")
			}
			colon := p.next()
			if p.kind() == RBRACE || p.kind() == COMMA {
				p.errorRange(colon.pos, colon.end, "expression expected after dictionary key and ':'")
			}
			firstVal = p.expression()
			isDict = true
		}
	}
	if isDict {
		if p.atCompFor() {
			if firstKey == nil {
				s := lb.end
				p.errorRange(s, p.prevEnd(), "dict unpacking cannot be used in dict comprehension")
			}
			gens := p.compFor()
			rb := p.expect(RBRACE)
			return &DictComp{Range{lb.pos, rb.end}, firstKey, firstVal, gens}
		}
		keys, vals := []Expr{firstKey}, []Expr{firstVal}
		for p.got(COMMA) {
			if p.kind() == RBRACE {
				break
			}
			if p.got(DSTAR) {
				keys = append(keys, nil)
				vals = append(vals, p.bitOr())
				continue
			}
			k := p.expression()
			if p.kind() != COLON {
				_, e := k.Span()
				p.errorRange(Pos{e.Line, e.Col - 1}, Pos{e.Line, 0}, "':' expected after dictionary key")
			}
			colon := p.next()
			if p.kind() == RBRACE || p.kind() == COMMA {
				p.errorRange(colon.pos, colon.end, "expression expected after dictionary key and ':'")
			}
			keys = append(keys, k)
			vals = append(vals, p.expression())
		}
		rb := p.expect(RBRACE)
		return &Dict{Range{lb.pos, rb.end}, keys, vals}
	}
	if p.atCompFor() {
		if st, ok := firstKey.(*Starred); ok {
			p.errorNode(st, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.compFor()
		rb := p.expect(RBRACE)
		return &SetComp{Range{lb.pos, rb.end}, firstKey, gens}
	}
	elts := []Expr{firstKey}
	for p.got(COMMA) {
		if p.kind() == RBRACE {
			break
		}
		if p.atCompFor() {
			p.comprehensionTarget(elts, p.toks[p.i-1])
		}
		elts = append(elts, p.starNamedExpression())
	}
	if p.atCompFor() {
		p.comprehensionTarget(elts, token{})
	}
	rb := p.expect(RBRACE)
	return &Set{Range{lb.pos, rb.end}, elts}
}

// ---- targets ----

type targetKind int

const (
	starTargets targetKind = iota
	delTargets
	forTargets
)

// invalidTarget returns the first part of x that cannot be assigned to
// (or deleted), as CPython's _PyPegen_get_invalid_target does, or nil.
func invalidTarget(x Expr, kind targetKind) Expr {
	switch x := x.(type) {
	case *List:
		for _, e := range x.Elts {
			if bad := invalidTarget(e, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Tuple:
		for _, e := range x.Elts {
			if bad := invalidTarget(e, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		if kind == delTargets {
			return x
		}
		return invalidTarget(x.X, kind)
	case *Compare:
		if kind == forTargets {
			if x.Ops[0] == IN {
				return invalidTarget(x.Left, kind)
			}
			return nil
		}
		return x
	case *Name, *Subscript, *Attribute:
		return nil
	}
	return x
}

// checkTarget reports the first invalid part of target x.
func (p *parser) checkTarget(x Expr, kind targetKind) {
	bad := invalidTarget(x, kind)
	if bad == nil {
		return
	}
	if kind == delTargets {
		p.errorNode(bad, "cannot delete %s", exprName(bad))
	}
	p.errorNode(bad, "cannot assign to %s", exprName(bad))
}

// exprName describes an expression in error messages as CPython's
// _PyPegen_get_expr_name does.
func exprName(x Expr) string {
	switch x := x.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch x.Kind {
		case ConstNone:
			return "None"
		case ConstFalse:
			return "False"
		case ConstTrue:
			return "True"
		case ConstEllipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}
