package syntax

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
)

// dumper prints a tree as an S-expression: `(Type@1:1-1:5 field ...)`.
// The same format is produced from CPython's ast module by
// testdata/astdump.py, so the two parsers can be compared.
type dumper struct {
	sb  strings.Builder
	pos bool // print positions
	// cpython folds f-string debug text into the literal parts and leaves
	// out the extents of f-string parts, as CPython's tree does.
	cpython bool
}

func dumpModule(m *Module, pos, cpython bool) string {
	d := &dumper{pos: pos, cpython: cpython}
	for _, s := range m.Body {
		d.node(s)
		d.sb.WriteByte('\n')
	}
	return d.sb.String()
}

func dumpExpr(x Expr, pos bool) string {
	d := &dumper{pos: pos}
	d.node(x)
	return d.sb.String()
}

func (d *dumper) open(name string, n Node, withPos bool) {
	d.sb.WriteString("(" + name)
	if d.pos && withPos && n != nil {
		s, e := n.Span()
		fmt.Fprintf(&d.sb, "@%d:%d-%d:%d", s.Line, s.Col, e.Line, e.Col)
	}
}

func (d *dumper) close() { d.sb.WriteByte(')') }

func (d *dumper) field(v any) {
	d.sb.WriteByte(' ')
	switch v := v.(type) {
	case nil:
		d.sb.WriteByte('-')
	case string:
		d.sb.WriteString(jsonQuote(v))
	case Token:
		d.sb.WriteString(strconv.Quote(v.String()))
	case int:
		d.sb.WriteString(strconv.Itoa(v))
	case Node:
		d.node(v)
	default:
		panic(fmt.Sprintf("dump: %T", v))
	}
}

func (d *dumper) list(n int, f func(i int)) {
	d.sb.WriteString(" [")
	for i := 0; i < n; i++ {
		if i > 0 {
			d.sb.WriteByte(' ')
		}
		f(i)
	}
	d.sb.WriteByte(']')
}

func (d *dumper) exprs(xs []Expr) {
	d.list(len(xs), func(i int) {
		if xs[i] == nil {
			d.sb.WriteByte('-')
		} else {
			d.node(xs[i])
		}
	})
}

func (d *dumper) stmts(xs []Stmt) { d.list(len(xs), func(i int) { d.node(xs[i]) }) }

func (d *dumper) strs(xs []string) {
	d.list(len(xs), func(i int) { d.sb.WriteString(jsonQuote(xs[i])) })
}

func (d *dumper) opt(x Expr) {
	if x == nil {
		d.field(nil)
	} else {
		d.field(x)
	}
}

func (d *dumper) node(n Node) {
	switch n := n.(type) {
	case *Name:
		d.open("Name", n, true)
		d.field(n.ID)
	case *Constant:
		d.open("Constant", n, true)
		d.sb.WriteByte(' ')
		d.sb.WriteString(constText(n))
	case *JoinedStr:
		d.open("JoinedStr", n, true)
		d.joined(n)
	case *FormattedValue:
		d.open("FormattedValue", n, !d.cpython)
		d.field(n.Value)
		if n.Conversion == 0 {
			d.field(nil)
		} else {
			d.field(string(n.Conversion))
		}
		if n.FormatSpec == nil {
			d.field(nil)
		} else {
			d.sb.WriteByte(' ')
			d.open("JoinedStr", n.FormatSpec, !d.cpython)
			d.joined(n.FormatSpec)
			d.close()
		}
	case *BinOp:
		d.open("BinOp", n, true)
		d.field(n.Op)
		d.field(n.X)
		d.field(n.Y)
	case *UnaryOp:
		d.open("UnaryOp", n, true)
		d.field(n.Op)
		d.field(n.X)
	case *BoolOp:
		d.open("BoolOp", n, true)
		d.field(n.Op)
		d.exprs(n.Values)
	case *Compare:
		d.open("Compare", n, true)
		d.field(n.Left)
		d.list(len(n.Ops), func(i int) { d.sb.WriteString(strconv.Quote(n.Ops[i].String())) })
		d.exprs(n.Comparators)
	case *Keyword:
		d.open("Keyword", n, true)
		if n.Name == "" {
			d.field(nil)
		} else {
			d.field(n.Name)
		}
		d.field(n.Value)
	case *Call:
		d.open("Call", n, true)
		d.field(n.Func)
		d.exprs(n.Args)
		d.list(len(n.Keywords), func(i int) { d.node(n.Keywords[i]) })
	case *Attribute:
		d.open("Attribute", n, true)
		d.field(n.X)
		d.field(n.Name)
	case *Subscript:
		d.open("Subscript", n, true)
		d.field(n.X)
		d.field(n.Index)
	case *Slice:
		d.open("Slice", n, true)
		d.opt(n.Lo)
		d.opt(n.Hi)
		d.opt(n.Step)
	case *Starred:
		d.open("Starred", n, true)
		d.field(n.X)
	case *List:
		d.open("List", n, true)
		d.exprs(n.Elts)
	case *Tuple:
		d.open("Tuple", n, true)
		d.exprs(n.Elts)
	case *Set:
		d.open("Set", n, true)
		d.exprs(n.Elts)
	case *Dict:
		d.open("Dict", n, true)
		d.exprs(n.Keys)
		d.exprs(n.Values)
	case *Lambda:
		d.open("Lambda", n, true)
		d.sb.WriteByte(' ')
		d.args(n.Args)
		d.field(n.Body)
	case *IfExp:
		d.open("IfExp", n, true)
		d.field(n.Test)
		d.field(n.Body)
		d.field(n.Orelse)
	case *Comprehension:
		d.open("comprehension", n, false)
		d.field(n.Target)
		d.field(n.Iter)
		d.exprs(n.Ifs)
	case *ListComp:
		d.open("ListComp", n, true)
		d.field(n.Elt)
		d.list(len(n.Generators), func(i int) { d.node(n.Generators[i]) })
	case *SetComp:
		d.open("SetComp", n, true)
		d.field(n.Elt)
		d.list(len(n.Generators), func(i int) { d.node(n.Generators[i]) })
	case *GeneratorExp:
		d.open("GeneratorExp", n, true)
		d.field(n.Elt)
		d.list(len(n.Generators), func(i int) { d.node(n.Generators[i]) })
	case *DictComp:
		d.open("DictComp", n, true)
		d.field(n.Key)
		d.field(n.Value)
		d.list(len(n.Generators), func(i int) { d.node(n.Generators[i]) })
	case *Yield:
		d.open("Yield", n, true)
		d.opt(n.Value)
	case *YieldFrom:
		d.open("YieldFrom", n, true)
		d.field(n.Value)
	case *NamedExpr:
		d.open("NamedExpr", n, true)
		d.field(n.Target)
		d.field(n.Value)
	case *Arg:
		d.open("arg", n, true)
		d.field(n.Name)
		d.opt(n.Annotation)
	case *ExprStmt:
		d.open("Expr", n, true)
		d.field(n.X)
	case *Assign:
		d.open("Assign", n, true)
		d.exprs(n.Targets)
		d.field(n.Value)
	case *AugAssign:
		d.open("AugAssign", n, true)
		d.field(n.Target)
		d.field(n.Op)
		d.field(n.Value)
	case *AnnAssign:
		d.open("AnnAssign", n, true)
		d.field(n.Target)
		d.field(n.Annotation)
		d.opt(n.Value)
	case *If:
		d.open("If", n, true)
		d.field(n.Test)
		d.stmts(n.Body)
		d.stmts(n.Orelse)
	case *While:
		d.open("While", n, true)
		d.field(n.Test)
		d.stmts(n.Body)
		d.stmts(n.Orelse)
	case *For:
		d.open("For", n, true)
		d.field(n.Target)
		d.field(n.Iter)
		d.stmts(n.Body)
		d.stmts(n.Orelse)
	case *Break:
		d.open("Break", n, true)
	case *Continue:
		d.open("Continue", n, true)
	case *Pass:
		d.open("Pass", n, true)
	case *Return:
		d.open("Return", n, true)
		d.opt(n.Value)
	case *FunctionDef:
		d.open("FunctionDef", n, true)
		d.field(n.Name)
		d.sb.WriteByte(' ')
		d.args(n.Args)
		d.stmts(n.Body)
		d.exprs(n.Decorators)
		d.opt(n.Returns)
	case *ClassDef:
		d.open("ClassDef", n, true)
		d.field(n.Name)
		d.exprs(n.Bases)
		d.list(len(n.Keywords), func(i int) { d.node(n.Keywords[i]) })
		d.stmts(n.Body)
		d.exprs(n.Decorators)
	case *ExceptHandler:
		d.open("ExceptHandler", n, true)
		d.opt(n.Type)
		if n.Name == "" {
			d.field(nil)
		} else {
			d.field(n.Name)
		}
		d.stmts(n.Body)
	case *Try:
		d.open("Try", n, true)
		d.stmts(n.Body)
		d.list(len(n.Handlers), func(i int) { d.node(n.Handlers[i]) })
		d.stmts(n.Orelse)
		d.stmts(n.Finalbody)
	case *Raise:
		d.open("Raise", n, true)
		d.opt(n.Exc)
		d.opt(n.Cause)
	case *With:
		d.open("With", n, true)
		d.list(len(n.Items), func(i int) {
			d.sb.WriteString("(withitem")
			d.field(n.Items[i].Context)
			d.opt(n.Items[i].Vars)
			d.sb.WriteByte(')')
		})
		d.stmts(n.Body)
	case *Assert:
		d.open("Assert", n, true)
		d.field(n.Test)
		d.opt(n.Msg)
	case *Delete:
		d.open("Delete", n, true)
		d.exprs(n.Targets)
	case *Global:
		d.open("Global", n, true)
		d.strs(n.Names)
	case *Nonlocal:
		d.open("Nonlocal", n, true)
		d.strs(n.Names)
	case *Alias:
		d.open("alias", n, true)
		d.field(n.Name)
		if n.AsName == "" {
			d.field(nil)
		} else {
			d.field(n.AsName)
		}
	case *Import:
		d.open("Import", n, true)
		d.list(len(n.Names), func(i int) { d.node(n.Names[i]) })
	case *ImportFrom:
		d.open("ImportFrom", n, true)
		if n.Module == "" {
			d.field(nil)
		} else {
			d.field(n.Module)
		}
		d.list(len(n.Names), func(i int) { d.node(n.Names[i]) })
		d.field(n.Level)
	default:
		panic(fmt.Sprintf("dump: %T", n))
	}
	d.close()
}

func (d *dumper) joined(n *JoinedStr) {
	values := n.Values
	if d.cpython {
		// Fold debug texts into the literal parts.
		var out []Expr
		var lit strings.Builder
		hasLit := false
		flush := func() {
			if hasLit {
				out = append(out, &Constant{Kind: ConstStr, Str: lit.String()})
				lit.Reset()
				hasLit = false
			}
		}
		for _, v := range values {
			switch v := v.(type) {
			case *Constant:
				lit.WriteString(v.Str)
				hasLit = true
			case *FormattedValue:
				if v.DebugText != "" {
					lit.WriteString(v.DebugText)
					hasLit = true
				}
				flush()
				out = append(out, v)
			}
		}
		flush()
		values = out
	}
	d.list(len(values), func(i int) {
		if c, ok := values[i].(*Constant); ok && d.cpython {
			d.sb.WriteString("(Constant " + constText(c) + ")")
			return
		}
		d.node(values[i])
	})
}

func (d *dumper) args(a *Arguments) {
	d.sb.WriteString("(arguments")
	arg := func(x *Arg) {
		if x == nil {
			d.sb.WriteByte('-')
		} else {
			d.node(x)
		}
	}
	d.list(len(a.Posonly), func(i int) { arg(a.Posonly[i]) })
	d.list(len(a.Args), func(i int) { arg(a.Args[i]) })
	d.sb.WriteByte(' ')
	arg(a.Vararg)
	d.list(len(a.Kwonly), func(i int) { arg(a.Kwonly[i]) })
	d.exprs(a.KwDefaults)
	d.sb.WriteByte(' ')
	arg(a.Kwarg)
	d.exprs(a.Defaults)
	d.sb.WriteByte(')')
}

func constText(c *Constant) string {
	switch c.Kind {
	case ConstNone:
		return "None"
	case ConstTrue:
		return "True"
	case ConstFalse:
		return "False"
	case ConstEllipsis:
		return "..."
	case ConstInt:
		t := strings.ReplaceAll(c.Text, "_", "")
		base := 10
		if len(t) > 1 && t[0] == '0' {
			switch t[1] | 0x20 {
			case 'x':
				base, t = 16, t[2:]
			case 'o':
				base, t = 8, t[2:]
			case 'b':
				base, t = 2, t[2:]
			}
		}
		v, ok := new(big.Int).SetString(t, base)
		if !ok {
			return "int:?" + c.Text
		}
		return "int:" + v.String()
	case ConstFloat:
		return "float:" + strconv.FormatFloat(c.Float, 'g', 17, 64)
	case ConstImag:
		return "imag:" + strconv.FormatFloat(c.Float, 'g', 17, 64)
	case ConstBytes:
		var sb strings.Builder
		for i := 0; i < len(c.Str); i++ {
			sb.WriteRune(rune(c.Str[i]))
		}
		return "b" + jsonQuote(sb.String())
	}
	return jsonQuote(c.Str)
}

// jsonQuote quotes s as Python's json.dumps does (ensure_ascii).
func jsonQuote(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\r':
			sb.WriteString(`\r`)
		case '\t':
			sb.WriteString(`\t`)
		case '\b':
			sb.WriteString(`\b`)
		case '\f':
			sb.WriteString(`\f`)
		default:
			if r < 0x20 || r >= 0x7f {
				if r > 0xFFFF {
					a, b := utf16.EncodeRune(r)
					fmt.Fprintf(&sb, `\u%04x\u%04x`, a, b)
				} else {
					fmt.Fprintf(&sb, `\u%04x`, r)
				}
			} else {
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteByte('"')
	return sb.String()
}
