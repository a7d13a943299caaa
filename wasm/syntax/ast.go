// Package syntax turns Python source text into an abstract syntax tree: a
// scanner (tokens with positions, INDENT/DEDENT) and a recursive-descent
// parser for the Python 3.11 subset that Lockstep runs. Errors are
// *Error values carrying the line, the column and CPython's wording.
//
// The layering follows go.starlark.net: syntax knows nothing about values or
// execution; package compile turns the tree into bytecode.
package syntax

// Pos is a position in the source: Line is 1-based, Col is the 1-based
// column counted in characters (runes), as CPython reports SyntaxError offsets.
type Pos struct {
	Line int32
	Col  int32
}

// IsValid reports whether p refers to a place in the source.
func (p Pos) IsValid() bool { return p.Line > 0 }

// Node is implemented by every node of the tree.
type Node interface {
	// Span returns the position of the node's first character and the
	// position just after its last character.
	Span() (start, end Pos)
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Range is embedded in every node and records its extent.
type Range struct {
	Start, End Pos
}

// Span implements Node.
func (r Range) Span() (start, end Pos) { return r.Start, r.End }

// ---- expressions ----

// Name is an identifier used as a value or a target.
type Name struct {
	Range
	ID string
}

// ConstKind says which kind of literal a Constant holds.
type ConstKind uint8

// The kinds of Constant.
const (
	ConstNone     ConstKind = iota // None
	ConstTrue                      // True
	ConstFalse                     // False
	ConstInt                       // Text holds the digits as written (may have prefix 0x/0o/0b and underscores)
	ConstFloat                     // Float holds the value
	ConstImag                      // imaginary literal; refused by the compiler
	ConstStr                       // Str holds the decoded string (adjacent literals concatenated)
	ConstBytes                     // Str holds the bytes; refused by the compiler
	ConstEllipsis                  // ...
)

// Constant is a literal: None, True, False, a number, a string, bytes or `...`.
type Constant struct {
	Range
	Kind  ConstKind
	Text  string  // ConstInt: the literal as written
	Float float64 // ConstFloat, ConstImag
	Str   string  // ConstStr, ConstBytes
}

// JoinedStr is an f-string: literal parts (Constant of kind ConstStr) and
// FormattedValue parts, in order. Adjacent plain literals are concatenated
// into it too.
type JoinedStr struct {
	Range
	Values []Expr
}

// FormattedValue is one `{expr!c:spec}` field of an f-string.
type FormattedValue struct {
	Range
	Value      Expr
	Conversion rune       // 0, 's', 'r' or 'a'
	FormatSpec *JoinedStr // nil when absent
	// DebugText is the `expr=` text (including the `=` and spaces) for
	// self-documenting fields, or "". The parser does not add it to the
	// JoinedStr's literal parts (CPython's tree does): the compiler emits
	// it just before the value. With DebugText and neither a conversion nor
	// a format spec, Conversion is 'r', as in CPython.
	DebugText string
}

// BinOp is `X Op Y` for an arithmetic or bitwise operator.
type BinOp struct {
	Range
	X     Expr
	Op    Token // PLUS, MINUS, STAR, SLASH, DSLASH, PERCENT, DSTAR, AT, LSHIFT, RSHIFT, AMP, PIPE, CARET
	OpPos Pos
	Y     Expr
}

// UnaryOp is `Op X` for -, +, ~ and not.
type UnaryOp struct {
	Range
	Op Token // MINUS, PLUS, TILDE, NOT
	X  Expr
}

// BoolOp is `a and b and c` or `a or b`.
type BoolOp struct {
	Range
	Op     Token // AND or OR
	Values []Expr
}

// Compare is a comparison chain `Left Ops[0] Comparators[0] Ops[1] ...`.
type Compare struct {
	Range
	Left        Expr
	Ops         []Token // LT, GT, EQ, NE, LE, GE, IN, NOTIN, IS, ISNOT
	Comparators []Expr
}

// Keyword is a `name=value` argument in a call, or `**value` when Name is "".
type Keyword struct {
	Range
	Name  string
	Value Expr
}

// Call is `Func(Args..., Keywords...)`. Positional arguments may be *Starred.
type Call struct {
	Range
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// Attribute is `X.Name`.
type Attribute struct {
	Range
	X       Expr
	Name    string
	NamePos Pos
}

// Subscript is `X[Index]`; Index may be a *Slice or a *Tuple of them.
type Subscript struct {
	Range
	X     Expr
	Index Expr
}

// Slice is `Lo:Hi:Step` inside a subscript; absent parts are nil.
type Slice struct {
	Range
	Lo, Hi, Step Expr
}

// Starred is `*X` in a call, a display or an assignment target.
type Starred struct {
	Range
	X Expr
}

// List is a list display `[a, b]` or a list target.
type List struct {
	Range
	Elts []Expr
}

// Tuple is a tuple display `(a, b)` / `a, b` or a tuple target.
type Tuple struct {
	Range
	Elts []Expr
}

// Dict is a dict display; a nil key marks `**value` unpacking.
type Dict struct {
	Range
	Keys   []Expr
	Values []Expr
}

// Set is a set display `{a, b}`.
type Set struct {
	Range
	Elts []Expr
}

// Lambda is `lambda args: Body`.
type Lambda struct {
	Range
	Args *Arguments
	Body Expr
}

// IfExp is `Body if Test else Orelse`.
type IfExp struct {
	Range
	Test, Body, Orelse Expr
}

// Comprehension is one `for Target in Iter if Ifs...` clause.
type Comprehension struct {
	Range
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// ListComp is `[Elt for ...]`.
type ListComp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{Elt for ...}`.
type SetComp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{Key: Value for ...}`.
type DictComp struct {
	Range
	Key, Value Expr
	Generators []*Comprehension
}

// GeneratorExp is `(Elt for ...)`.
type GeneratorExp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

// Yield is `yield Value` (Value may be nil).
type Yield struct {
	Range
	Value Expr
}

// YieldFrom is `yield from Value`.
type YieldFrom struct {
	Range
	Value Expr
}

// NamedExpr is the walrus `Target := Value`.
type NamedExpr struct {
	Range
	Target *Name
	Value  Expr
}

func (*Name) exprNode()           {}
func (*Constant) exprNode()       {}
func (*JoinedStr) exprNode()      {}
func (*FormattedValue) exprNode() {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*BoolOp) exprNode()         {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Slice) exprNode()          {}
func (*Starred) exprNode()        {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*NamedExpr) exprNode()      {}

// ---- function parameters ----

// Arg is one parameter.
type Arg struct {
	Range
	Name       string
	Annotation Expr // ignored at run time; may be nil
}

// Arguments is a parameter list:
// `Posonly..., /, Args..., *Vararg, Kwonly..., **Kwarg`.
// Defaults apply to the last len(Defaults) of Posonly+Args; KwDefaults has
// one entry per Kwonly parameter, nil where there is no default.
type Arguments struct {
	Posonly    []*Arg
	Args       []*Arg
	Vararg     *Arg
	Kwonly     []*Arg
	KwDefaults []Expr
	Kwarg      *Arg
	Defaults   []Expr
}

// ---- statements ----

// ExprStmt is an expression evaluated for its effect.
type ExprStmt struct {
	Range
	X Expr
}

// Assign is `Targets[0] = Targets[1] = ... = Value`.
type Assign struct {
	Range
	Targets []Expr
	Value   Expr
}

// AugAssign is `Target Op= Value`; Op is the binary operator (PLUS for +=).
type AugAssign struct {
	Range
	Target Expr
	Op     Token
	Value  Expr
}

// AnnAssign is `Target: Annotation = Value` (Value may be nil).
type AnnAssign struct {
	Range
	Target     Expr
	Annotation Expr
	Value      Expr
}

// If is `if Test: Body else: Orelse` (elif is a nested If in Orelse).
type If struct {
	Range
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// While is `while Test: Body else: Orelse`.
type While struct {
	Range
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// For is `for Target in Iter: Body else: Orelse`.
type For struct {
	Range
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// Break is `break`.
type Break struct{ Range }

// Continue is `continue`.
type Continue struct{ Range }

// Pass is `pass`.
type Pass struct{ Range }

// Return is `return Value` (Value may be nil).
type Return struct {
	Range
	Value Expr
}

// FunctionDef is a `def` statement with its decorators.
type FunctionDef struct {
	Range
	Name       string
	Args       *Arguments
	Body       []Stmt
	Decorators []Expr
	Returns    Expr // annotation, ignored
}

// ClassDef is a `class` statement with its decorators.
type ClassDef struct {
	Range
	Name       string
	Bases      []Expr
	Keywords   []*Keyword
	Body       []Stmt
	Decorators []Expr
}

// ExceptHandler is one `except Type as Name:` clause (Type nil for bare except).
type ExceptHandler struct {
	Range
	Type Expr
	Name string
	Body []Stmt
}

// Try is try/except/else/finally.
type Try struct {
	Range
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// Raise is `raise Exc from Cause`; both may be nil.
type Raise struct {
	Range
	Exc   Expr
	Cause Expr
}

// WithItem is one `Context as Vars` of a with statement (Vars may be nil).
type WithItem struct {
	Context Expr
	Vars    Expr
}

// With is `with a as x, b: Body`.
type With struct {
	Range
	Items []*WithItem
	Body  []Stmt
}

// Assert is `assert Test, Msg` (Msg may be nil).
type Assert struct {
	Range
	Test Expr
	Msg  Expr
}

// Delete is `del Targets...`.
type Delete struct {
	Range
	Targets []Expr
}

// Global is `global Names...`.
type Global struct {
	Range
	Names []string
}

// Nonlocal is `nonlocal Names...`.
type Nonlocal struct {
	Range
	Names []string
}

// Alias is `Name as AsName` in an import (AsName may be "").
// Name may be dotted (`concurrent.futures`) or "*".
type Alias struct {
	Range
	Name   string
	AsName string
}

// Import is `import a.b as c, d`.
type Import struct {
	Range
	Names []*Alias
}

// ImportFrom is `from Module import Names` (Level counts leading dots).
type ImportFrom struct {
	Range
	Module string
	Names  []*Alias
	Level  int
}

func (*ExprStmt) stmtNode()    {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*If) stmtNode()          {}
func (*While) stmtNode()       {}
func (*For) stmtNode()         {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Return) stmtNode()      {}
func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Try) stmtNode()         {}
func (*Raise) stmtNode()       {}
func (*With) stmtNode()        {}
func (*Assert) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}

// Module is a parsed source file.
type Module struct {
	Filename string
	Body     []Stmt
	// Lines holds the source split into lines (without line terminators),
	// for tracebacks and carets.
	Lines []string
}

// Error is a syntax error as CPython reports it.
type Error struct {
	// Type is "SyntaxError", "IndentationError" or "TabError".
	Type     string
	Msg      string
	Filename string
	Pos      Pos
	// End marks the end of the offending range when known (CPython 3.11
	// prints one caret per character of the range); zero otherwise.
	End  Pos
	Line string // the source line, as written
}

func (e *Error) Error() string {
	return e.Filename + ":" + itoa(int(e.Pos.Line)) + ":" + itoa(int(e.Pos.Col)) + ": " + e.Type + ": " + e.Msg
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
