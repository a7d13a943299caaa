package syntax

// Token is the kind of a lexical token. Operators double as operator codes in
// the tree (BinOp.Op, AugAssign.Op, Compare.Ops, UnaryOp.Op).
type Token uint8

// The tokens.
const (
	ILLEGAL Token = iota
	EOF
	NEWLINE
	INDENT
	DEDENT
	NAME
	INT
	FLOAT
	IMAG
	STRING // a string or bytes literal, including an f-string's raw text
	FSTRING

	// punctuation and operators
	LPAREN   // (
	RPAREN   // )
	LBRACK   // [
	RBRACK   // ]
	LBRACE   // {
	RBRACE   // }
	COLON    // :
	COMMA    // ,
	SEMI     // ;
	DOT      // .
	ELLIPSIS // ...
	ARROW    // ->
	ASSIGN   // =
	WALRUS   // :=
	PLUS     // +
	MINUS    // -
	STAR     // *
	SLASH    // /
	DSLASH   // //
	PERCENT  // %
	DSTAR    // **
	AT       // @
	LSHIFT   // <<
	RSHIFT   // >>
	AMP      // &
	PIPE     // |
	CARET    // ^
	TILDE    // ~
	LT       // <
	GT       // >
	EQ       // ==
	NE       // !=
	LE       // <=
	GE       // >=
	// augmented assignment tokens (+= etc.)
	PLUS_EQ
	MINUS_EQ
	STAR_EQ
	SLASH_EQ
	DSLASH_EQ
	PERCENT_EQ
	DSTAR_EQ
	AT_EQ
	LSHIFT_EQ
	RSHIFT_EQ
	AMP_EQ
	PIPE_EQ
	CARET_EQ

	// keywords
	AND
	AS
	ASSERT
	ASYNC
	AWAIT
	BREAK
	CLASS
	CONTINUE
	DEF
	DEL
	ELIF
	ELSE
	EXCEPT
	FALSE
	FINALLY
	FOR
	FROM
	GLOBAL
	IF
	IMPORT
	IN
	IS
	LAMBDA
	NONE
	NONLOCAL
	NOT
	OR
	PASS
	RAISE
	RETURN
	TRUE
	TRY
	WHILE
	WITH
	YIELD

	// pseudo-operators used only in Compare.Ops
	NOTIN // not in
	ISNOT // is not
)

var tokenText = [...]string{
	ILLEGAL: "ILLEGAL", EOF: "EOF", NEWLINE: "NEWLINE", INDENT: "INDENT", DEDENT: "DEDENT",
	NAME: "NAME", INT: "INT", FLOAT: "FLOAT", IMAG: "IMAG", STRING: "STRING", FSTRING: "FSTRING",
	LPAREN: "(", RPAREN: ")", LBRACK: "[", RBRACK: "]", LBRACE: "{", RBRACE: "}",
	COLON: ":", COMMA: ",", SEMI: ";", DOT: ".", ELLIPSIS: "...", ARROW: "->",
	ASSIGN: "=", WALRUS: ":=", PLUS: "+", MINUS: "-", STAR: "*", SLASH: "/",
	DSLASH: "//", PERCENT: "%", DSTAR: "**", AT: "@", LSHIFT: "<<", RSHIFT: ">>",
	AMP: "&", PIPE: "|", CARET: "^", TILDE: "~", LT: "<", GT: ">", EQ: "==",
	NE: "!=", LE: "<=", GE: ">=",
	PLUS_EQ: "+=", MINUS_EQ: "-=", STAR_EQ: "*=", SLASH_EQ: "/=", DSLASH_EQ: "//=",
	PERCENT_EQ: "%=", DSTAR_EQ: "**=", AT_EQ: "@=", LSHIFT_EQ: "<<=", RSHIFT_EQ: ">>=",
	AMP_EQ: "&=", PIPE_EQ: "|=", CARET_EQ: "^=",
	AND: "and", AS: "as", ASSERT: "assert", ASYNC: "async", AWAIT: "await",
	BREAK: "break", CLASS: "class", CONTINUE: "continue", DEF: "def", DEL: "del",
	ELIF: "elif", ELSE: "else", EXCEPT: "except", FALSE: "False", FINALLY: "finally",
	FOR: "for", FROM: "from", GLOBAL: "global", IF: "if", IMPORT: "import",
	IN: "in", IS: "is", LAMBDA: "lambda", NONE: "None", NONLOCAL: "nonlocal",
	NOT: "not", OR: "or", PASS: "pass", RAISE: "raise", RETURN: "return",
	TRUE: "True", TRY: "try", WHILE: "while", WITH: "with", YIELD: "yield",
	NOTIN: "not in", ISNOT: "is not",
}

// String returns the token's text as written in Python (`+=`, `not in`,
// `lambda`), or its name for tokens without fixed text (NAME, INT, ...).
func (t Token) String() string {
	if int(t) < len(tokenText) && tokenText[t] != "" {
		return tokenText[t]
	}
	return "Token(" + itoa(int(t)) + ")"
}

// IsKeyword reports whether t is a (hard) keyword.
func (t Token) IsKeyword() bool { return t >= AND && t <= YIELD }

// AugOp returns the binary operator of an augmented assignment token
// (PLUS for PLUS_EQ), or ILLEGAL if t is not one.
func (t Token) AugOp() Token {
	if t >= PLUS_EQ && t <= CARET_EQ {
		return augOps[t-PLUS_EQ]
	}
	return ILLEGAL
}

var augOps = [...]Token{PLUS, MINUS, STAR, SLASH, DSLASH, PERCENT, DSTAR, AT, LSHIFT, RSHIFT, AMP, PIPE, CARET}
