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
