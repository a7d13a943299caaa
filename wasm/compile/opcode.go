package compile

// Opcode is one bytecode operation. Each instruction is an Opcode and a
// 32-bit argument; the comments give the stack effect, top of stack last:
// "a b -> c" pops b then a and pushes c.
type Opcode uint8

// The opcodes. "const" means Code.Consts[arg], "name" Code.Names[arg],
// "local" the fast local slot arg (Code.Varnames[arg]), "cell" the cell slot
// arg (Code.Cellvars then Code.Freevars), "target" an instruction index.
const (
	NOP Opcode = iota

	// ---- stack ----
	POP_TOP // a ->
	COPY    // arg n >= 1: ... x (n-1 items) -> ... x (n-1 items) x  (COPY 1 duplicates TOS)
	SWAP    // arg n >= 2: exchanges TOS and the n-th item from the top

	// ---- constants and variables ----
	LOAD_CONST    // -> const
	LOAD_FAST     // -> local   (UnboundLocalError if unset: "cannot access local variable 'x' where it is not associated with a value")
	STORE_FAST    // v -> ; local = v
	DELETE_FAST   // del local
	LOAD_DEREF    // -> cell contents (NameError "cannot access free variable 'x' where it is not associated with a value in enclosing scope" for free vars, UnboundLocalError for own cells)
	STORE_DEREF   // v ->
	DELETE_DEREF  //
	LOAD_CLOSURE  // -> the cell object itself (to build a closure tuple)
	LOAD_GLOBAL   // -> globals[name], else builtins[name], else NameError "name 'x' is not defined"
	STORE_GLOBAL  // v ->
	DELETE_GLOBAL //
	LOAD_NAME     // class bodies: -> locals[name], else globals, else builtins
	STORE_NAME    // v -> ; locals[name] = v
	DELETE_NAME   //
	LOAD_LOCALS   // -> the frame's locals dict (class bodies)

	// ---- attributes and items ----
	LOAD_ATTR   // obj -> obj.name
	STORE_ATTR  // v obj -> ; obj.name = v
	DELETE_ATTR // obj ->
	LOAD_METHOD // obj -> meth self   (meth is an unbound function found on the type; self is obj)
	//                 or obj -> attr NULL (an ordinary attribute; NULL is a marker, never visible to Python)
	BINARY_SUBSCR // container key -> container[key]
	STORE_SUBSCR  // v container key -> ; container[key] = v
	DELETE_SUBSCR // container key ->
	BUILD_SLICE   // arg 2: lo hi -> slice(lo, hi); arg 3: lo hi step -> slice(lo, hi, step)

	// ---- operators ----
	BINARY_OP   // a b -> a op b; arg is a BinaryOp (the Inplace variants try __iadd__ etc. first)
	UNARY_OP    // a -> op a; arg is a UnaryOp
	COMPARE_OP  // a b -> a op b; arg is a CompareOp (<, <=, ==, !=, >, >=)
	IS_OP       // a b -> a is b (arg 1: is not)
	CONTAINS_OP // a b -> a in b (arg 1: not in)

	// ---- building values ----
	BUILD_TUPLE     // arg n: n items -> tuple
	BUILD_LIST      // arg n: n items -> list
	BUILD_SET       // arg n: n items -> set
	BUILD_MAP       // arg n: k1 v1 ... kn vn -> dict
	BUILD_STRING    // arg n: n strs -> their concatenation (f-strings)
	LIST_APPEND     // arg i: ... list (i-1 items) v -> ... list (i-1 items); list.append(v)
	SET_ADD         // arg i: like LIST_APPEND for a set
	MAP_ADD         // arg i: ... dict (i-1 items) k v -> ...; dict[k] = v
	LIST_EXTEND     // arg i: ... list (i-1 items) iterable -> ...; list.extend(iterable)
	SET_UPDATE      // arg i: ... set (i-1 items) iterable -> ...
	DICT_UPDATE     // arg i: ... dict (i-1 items) mapping -> ...  ({**m} displays)
	DICT_MERGE      // arg i: like DICT_UPDATE but a repeated key is a TypeError "f() got multiple values for keyword argument 'k'" (calls with **kw)
	LIST_TO_TUPLE   // list -> tuple
	UNPACK_SEQUENCE // arg n: seq -> item[n-1] ... item[0] (item 0 on top); ValueError "not enough values to unpack (expected 3, got 2)" / "too many values to unpack (expected 2)"
	UNPACK_EX       // arg = before | after<<8: seq -> after-items... list before-items... (first item on top), for `a, *b, c = seq`
	FORMAT_VALUE    // arg = conv | hasSpec<<2 where conv 0 none, 1 str, 2 repr, 3 ascii: v [spec] -> format(conv(v), spec)

	// ---- control flow ----
	JUMP                 // pc = target
	POP_JUMP_IF_FALSE    // v -> ; if not v: pc = target
	POP_JUMP_IF_TRUE     // v -> ; if v: pc = target
	JUMP_IF_FALSE_OR_POP // v -> v (and jump) if not v, else pops it
	JUMP_IF_TRUE_OR_POP  // v -> v (and jump) if v, else pops it
	GET_ITER             // iterable -> iterator
	FOR_ITER             // iterator -> iterator next  ; when exhausted: pops the iterator, pc = target

	// ---- calls and functions ----
	CALL           // arg n: callable a1..an -> result
	CALL_KW        // arg n: callable a1..an names -> result; names is a const tuple of keyword names for the last len(names) args
	CALL_METHOD    // arg n: meth self a1..an -> result (self may be NULL: then meth is the callable)
	CALL_METHOD_KW // arg n: meth self a1..an names -> result
	CALL_EX        // arg 0: callable args -> result; arg 1: callable args kwargs -> result (args is a tuple or list, kwargs a dict)
	MAKE_FUNCTION  // arg flags: [defaults tuple if &1] [kwdefaults dict if &2] [closure tuple of cells if &8] code -> function
	RETURN_VALUE   // v -> ; returns v to the caller
	YIELD_VALUE    // v -> sent ; suspends a generator, yielding v; resumes with the sent value (None for next())
	YIELD_FROM     // iterator -> value ; delegates to a sub-iterator until it is exhausted; value is its return value
	BUILD_CLASS    // arg n: namespace name base1..basen -> class; n bases (the namespace dict is what the class body returned)

	// ---- exceptions ----
	SETUP_FINALLY        // push a handler block: an exception raised before the matching POP_BLOCK truncates the stack to its depth at SETUP time, pushes the exception and jumps to target
	POP_BLOCK            // pops the innermost handler block
	PUSH_EXC_INFO        // exc -> exc ; marks exc as the exception being handled (sys.exc_info(), bare raise, __context__) and pushes a cleanup block so leaving by an exception restores the previous one
	POP_EXCEPT           // pops the block pushed by PUSH_EXC_INFO and restores the previously handled exception
	CHECK_EXC_MATCH      // exc type -> exc bool   (type may be a tuple; TypeError "catching classes that do not inherit from BaseException is not allowed")
	RERAISE              // exc -> ; raises exc again, keeping its traceback
	RAISE_VARARGS        // arg 0: re-raise the exception being handled ("RuntimeError: No active exception to reraise"); 1: exc ->; 2: exc cause ->
	LOAD_ASSERTION_ERROR // -> AssertionError
	BEFORE_WITH          // mgr -> exit enter_result  (exit is mgr.__exit__ bound; enter_result = mgr.__enter__())
	WITH_EXCEPT_START    // exit exc -> exit exc result ; result = exit(type(exc), exc, tb)

	// ---- modules ----
	IMPORT_NAME // arg name (dotted): -> module (for `import a.b` the top package, for `import a.b as c` and from-imports the leaf: arg's high bit set)
	IMPORT_FROM // module -> module module.name (ImportError "cannot import name 'x' from 'm'")
	IMPORT_STAR // module -> ; copies public names into the current namespace

	numOpcodes
)

// ImportLeaf is or-ed into IMPORT_NAME's argument when the statement binds
// the leaf module (`import a.b as c`, `from a.b import x`).
const ImportLeaf = 1 << 31

// BinaryOp is BINARY_OP's argument.
type BinaryOp uint32

// Binary operators. The in-place forms (a += b) are the same plus Inplace.
const (
	OpAdd BinaryOp = iota
	OpSub
	OpMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpMatMul
	OpLShift
	OpRShift
	OpAnd
	OpOr
	OpXor
	NumBinaryOps
	Inplace BinaryOp = 16
)

// UnaryOp is UNARY_OP's argument.
type UnaryOp uint32

// Unary operators.
const (
	OpNeg UnaryOp = iota
	OpPos
	OpInvert
	OpNot
)

// CompareOp is COMPARE_OP's argument.
type CompareOp uint32

// Comparison operators.
const (
	OpLT CompareOp = iota
	OpLE
	OpEQ
	OpNE
	OpGT
	OpGE
)
