package compile

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

var opNames = [...]string{
	NOP: "NOP", POP_TOP: "POP_TOP", COPY: "COPY", SWAP: "SWAP",
	LOAD_CONST: "LOAD_CONST", LOAD_FAST: "LOAD_FAST", STORE_FAST: "STORE_FAST",
	DELETE_FAST: "DELETE_FAST", LOAD_DEREF: "LOAD_DEREF", STORE_DEREF: "STORE_DEREF",
	DELETE_DEREF: "DELETE_DEREF", LOAD_CLOSURE: "LOAD_CLOSURE", LOAD_GLOBAL: "LOAD_GLOBAL",
	STORE_GLOBAL: "STORE_GLOBAL", DELETE_GLOBAL: "DELETE_GLOBAL", LOAD_NAME: "LOAD_NAME",
	STORE_NAME: "STORE_NAME", DELETE_NAME: "DELETE_NAME", LOAD_LOCALS: "LOAD_LOCALS",
	LOAD_ATTR: "LOAD_ATTR", STORE_ATTR: "STORE_ATTR", DELETE_ATTR: "DELETE_ATTR",
	LOAD_METHOD: "LOAD_METHOD", BINARY_SUBSCR: "BINARY_SUBSCR", STORE_SUBSCR: "STORE_SUBSCR",
	DELETE_SUBSCR: "DELETE_SUBSCR", BUILD_SLICE: "BUILD_SLICE",
	BINARY_OP: "BINARY_OP", UNARY_OP: "UNARY_OP", COMPARE_OP: "COMPARE_OP", IS_OP: "IS_OP",
	CONTAINS_OP: "CONTAINS_OP",
	BUILD_TUPLE: "BUILD_TUPLE", BUILD_LIST: "BUILD_LIST", BUILD_SET: "BUILD_SET",
	BUILD_MAP: "BUILD_MAP", BUILD_STRING: "BUILD_STRING", LIST_APPEND: "LIST_APPEND",
	SET_ADD: "SET_ADD", MAP_ADD: "MAP_ADD", LIST_EXTEND: "LIST_EXTEND", SET_UPDATE: "SET_UPDATE",
	DICT_UPDATE: "DICT_UPDATE", DICT_MERGE: "DICT_MERGE", LIST_TO_TUPLE: "LIST_TO_TUPLE",
	UNPACK_SEQUENCE: "UNPACK_SEQUENCE", UNPACK_EX: "UNPACK_EX", FORMAT_VALUE: "FORMAT_VALUE",
	JUMP: "JUMP", POP_JUMP_IF_FALSE: "POP_JUMP_IF_FALSE", POP_JUMP_IF_TRUE: "POP_JUMP_IF_TRUE",
	JUMP_IF_FALSE_OR_POP: "JUMP_IF_FALSE_OR_POP", JUMP_IF_TRUE_OR_POP: "JUMP_IF_TRUE_OR_POP",
	GET_ITER: "GET_ITER", FOR_ITER: "FOR_ITER",
	CALL: "CALL", CALL_KW: "CALL_KW", CALL_METHOD: "CALL_METHOD", CALL_METHOD_KW: "CALL_METHOD_KW",
	CALL_EX: "CALL_EX", MAKE_FUNCTION: "MAKE_FUNCTION", RETURN_VALUE: "RETURN_VALUE",
	YIELD_VALUE: "YIELD_VALUE", YIELD_FROM: "YIELD_FROM", BUILD_CLASS: "BUILD_CLASS",
	SETUP_FINALLY: "SETUP_FINALLY", POP_BLOCK: "POP_BLOCK", PUSH_EXC_INFO: "PUSH_EXC_INFO",
	POP_EXCEPT: "POP_EXCEPT", CHECK_EXC_MATCH: "CHECK_EXC_MATCH", RERAISE: "RERAISE",
	RAISE_VARARGS: "RAISE_VARARGS", LOAD_ASSERTION_ERROR: "LOAD_ASSERTION_ERROR",
	BEFORE_WITH: "BEFORE_WITH", WITH_EXCEPT_START: "WITH_EXCEPT_START",
	IMPORT_NAME: "IMPORT_NAME", IMPORT_FROM: "IMPORT_FROM", IMPORT_STAR: "IMPORT_STAR",
	numOpcodes: "",
}

// String returns the opcode's name, e.g. "LOAD_CONST".
func (op Opcode) String() string {
	if int(op) < len(opNames) && opNames[op] != "" {
		return opNames[op]
	}
	return fmt.Sprintf("OP_%d", op)
}

var binaryOpNames = [...]string{
	OpAdd: "+", OpSub: "-", OpMul: "*", OpTrueDiv: "/", OpFloorDiv: "//", OpMod: "%",
	OpPow: "**", OpMatMul: "@", OpLShift: "<<", OpRShift: ">>", OpAnd: "&", OpOr: "|", OpXor: "^",
}

// String returns the operator as written in Python ("+", "+=").
func (op BinaryOp) String() string {
	base := op &^ Inplace
	if base >= NumBinaryOps {
		return fmt.Sprintf("binop %d", uint32(op))
	}
	if op&Inplace != 0 {
		return binaryOpNames[base] + "="
	}
	return binaryOpNames[base]
}

// String returns the operator as written in Python.
func (op UnaryOp) String() string {
	switch op {
	case OpNeg:
		return "-"
	case OpPos:
		return "+"
	case OpInvert:
		return "~"
	case OpNot:
		return "not"
	}
	return fmt.Sprintf("unop %d", uint32(op))
}

// String returns the operator as written in Python.
func (op CompareOp) String() string {
	names := [...]string{"<", "<=", "==", "!=", ">", ">="}
	if int(op) < len(names) {
		return names[op]
	}
	return fmt.Sprintf("cmp %d", uint32(op))
}

// Disassemble returns a readable listing of c and of every code nested in
// it: a header per code (qualified name, file and line, flags, parameters,
// stack size, variables), then one instruction per line with its index, its
// argument and what the argument means; the source line is shown where it
// changes.
func Disassemble(c *Code) string {
	var b strings.Builder
	disassemble(&b, c)
	return b.String()
}

func disassemble(b *strings.Builder, c *Code) {
	fmt.Fprintf(b, "%s (%s:%d)", c.QualName, c.Filename, c.FirstLine)
	if f := flagNames(c.Flags); f != "" {
		fmt.Fprintf(b, " [%s]", f)
	}
	fmt.Fprintf(b, " args=%d", c.ArgCount)
	if c.PosOnlyCount > 0 {
		fmt.Fprintf(b, " posonly=%d", c.PosOnlyCount)
	}
	if c.KwOnlyCount > 0 {
		fmt.Fprintf(b, " kwonly=%d", c.KwOnlyCount)
	}
	fmt.Fprintf(b, " stack=%d\n", c.StackSize)
	if c.Doc != "" {
		fmt.Fprintf(b, "  doc: %s\n", pyRepr(c.Doc))
	}
	if len(c.Varnames) > 0 {
		fmt.Fprintf(b, "  varnames: %s\n", strings.Join(c.Varnames, ", "))
	}
	if len(c.Cellvars) > 0 {
		fmt.Fprintf(b, "  cellvars: %s", strings.Join(c.Cellvars, ", "))
		for i, p := range c.CellParams {
			if p >= 0 {
				fmt.Fprintf(b, " (%s=param %d)", c.Cellvars[i], p)
			}
		}
		b.WriteByte('\n')
	}
	if len(c.Freevars) > 0 {
		fmt.Fprintf(b, "  freevars: %s\n", strings.Join(c.Freevars, ", "))
	}
	line := int32(-1)
	for i, in := range c.Instrs {
		lineCol := ""
		if i < len(c.Spans) && c.Spans[i].Line != line {
			line = c.Spans[i].Line
			lineCol = strconv.Itoa(int(line))
		}
		fmt.Fprintf(b, "%4s %5d %-20s", lineCol, i, in.Op)
		if hasArg(in.Op) {
			fmt.Fprintf(b, " %d", in.Arg&^ImportLeaf)
			if s := argInfo(c, in); s != "" {
				fmt.Fprintf(b, " (%s)", s)
			}
		}
		b.WriteString("\n")
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			b.WriteString("\n")
			disassemble(b, sub)
		}
	}
}

func flagNames(f Flags) string {
	var out []string
	for _, x := range []struct {
		f    Flags
		name string
	}{
		{FlagVarargs, "varargs"}, {FlagVarkw, "varkw"}, {FlagGenerator, "generator"},
		{FlagClassBody, "class"}, {FlagModule, "module"}, {FlagLambda, "lambda"},
		{FlagComprehension, "comprehension"},
	} {
		if f&x.f != 0 {
			out = append(out, x.name)
		}
	}
	return strings.Join(out, " ")
}

func hasArg(op Opcode) bool {
	switch op {
	case NOP, POP_TOP, LOAD_LOCALS, BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR,
		LIST_TO_TUPLE, GET_ITER, RETURN_VALUE, YIELD_VALUE, YIELD_FROM, POP_BLOCK,
		PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH, RERAISE, LOAD_ASSERTION_ERROR,
		BEFORE_WITH, WITH_EXCEPT_START, IMPORT_STAR:
		return false
	}
	return true
}

func argInfo(c *Code, in Instr) string {
	a := int(in.Arg)
	cell := func() string {
		if a < len(c.Cellvars) {
			return c.Cellvars[a]
		}
		if a-len(c.Cellvars) < len(c.Freevars) {
			return c.Freevars[a-len(c.Cellvars)]
		}
		return "?"
	}
	name := func(i int) string {
		if i < len(c.Names) {
			return c.Names[i]
		}
		return "?"
	}
	switch in.Op {
	case LOAD_CONST:
		if a < len(c.Consts) {
			return constRepr(c.Consts[a])
		}
		return "?"
	case LOAD_FAST, STORE_FAST, DELETE_FAST:
		if a < len(c.Varnames) {
			return c.Varnames[a]
		}
		return "?"
	case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE:
		return cell()
	case LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME,
		LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_FROM:
		return name(a)
	case IMPORT_NAME:
		s := name(a &^ ImportLeaf)
		if a&ImportLeaf != 0 {
			s += ", leaf"
		}
		return s
	case BINARY_OP:
		return BinaryOp(a).String()
	case UNARY_OP:
		return UnaryOp(a).String()
	case COMPARE_OP:
		return CompareOp(a).String()
	case IS_OP:
		if a == 1 {
			return "is not"
		}
		return "is"
	case CONTAINS_OP:
		if a == 1 {
			return "not in"
		}
		return "in"
	case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
		FOR_ITER, SETUP_FINALLY:
		return "to " + strconv.Itoa(a)
	case FORMAT_VALUE:
		s := [...]string{"", "str", "repr", "ascii"}[a&3]
		if a&4 != 0 {
			if s != "" {
				s += ", "
			}
			s += "with spec"
		}
		return s
	case UNPACK_EX:
		return fmt.Sprintf("%d before, %d after", a&0xff, a>>8)
	case MAKE_FUNCTION:
		var parts []string
		if a&1 != 0 {
			parts = append(parts, "defaults")
		}
		if a&2 != 0 {
			parts = append(parts, "kwdefaults")
		}
		if a&8 != 0 {
			parts = append(parts, "closure")
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

// constRepr shows a constant the way Python's repr would.
func constRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		switch {
		case math.IsInf(v, 1):
			return "inf"
		case math.IsInf(v, -1):
			return "-inf"
		case math.IsNaN(v):
			return "nan"
		}
		s := strconv.FormatFloat(v, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eIn") {
			s += ".0"
		}
		return s
	case string:
		return pyRepr(v)
	case Ellipsis:
		return "Ellipsis"
	case *Code:
		return "<code " + v.QualName + ">"
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = constRepr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprintf("%v", v)
}

// pyRepr quotes a string roughly as Python's repr does.
func pyRepr(s string) string {
	q := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}
