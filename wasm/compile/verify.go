package compile

import (
	"fmt"
	"slices"
)

// stackEffect returns how an instruction changes the stack depth when it
// falls through (fall) and when it jumps (jump; the same as fall for
// instructions that do not jump). For SETUP_FINALLY, jump is the effect on
// the way to the handler (the exception pushed on the depth at SETUP time).
func stackEffect(in Instr) (fall, jump int, ok bool) {
	n := int(in.Arg)
	switch in.Op {
	case NOP, LOAD_ATTR, UNARY_OP, GET_ITER, LIST_TO_TUPLE, JUMP, DELETE_FAST,
		DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME, PUSH_EXC_INFO, POP_EXCEPT,
		POP_BLOCK, YIELD_VALUE, YIELD_FROM, CHECK_EXC_MATCH, SWAP:
		return 0, 0, true
	case POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, DELETE_ATTR,
		BINARY_SUBSCR, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, POP_JUMP_IF_FALSE,
		POP_JUMP_IF_TRUE, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE,
		DICT_MERGE, RETURN_VALUE, RERAISE, IMPORT_STAR:
		return -1, -1, true
	case COPY, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_GLOBAL, LOAD_NAME,
		LOAD_LOCALS, LOAD_METHOD, LOAD_ASSERTION_ERROR, BEFORE_WITH, WITH_EXCEPT_START,
		IMPORT_NAME, IMPORT_FROM:
		return 1, 1, true
	case STORE_ATTR, DELETE_SUBSCR, MAP_ADD:
		return -2, -2, true
	case STORE_SUBSCR:
		return -3, -3, true
	case BUILD_SLICE:
		return 1 - n, 1 - n, true
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - n, 1 - n, true
	case BUILD_MAP:
		return 1 - 2*n, 1 - 2*n, true
	case UNPACK_SEQUENCE:
		return n - 1, n - 1, true
	case UNPACK_EX:
		k := n&0xff + n>>8 + 1
		return k - 1, k - 1, true
	case FORMAT_VALUE:
		if n&4 != 0 {
			return -1, -1, true
		}
		return 0, 0, true
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		return -1, 0, true
	case FOR_ITER:
		return 1, -1, true
	case SETUP_FINALLY:
		return 0, 1, true
	case CALL:
		return -n, -n, true
	case CALL_KW, CALL_METHOD:
		return -n - 1, -n - 1, true
	case CALL_METHOD_KW:
		return -n - 2, -n - 2, true
	case CALL_EX:
		return -1 - n&1, -1 - n&1, true
	case MAKE_FUNCTION:
		k := 0
		for _, bit := range []int{1, 2, 8} {
			if n&bit != 0 {
				k++
			}
		}
		return -k, -k, true
	case BUILD_CLASS:
		return -n - 1, -n - 1, true
	case RAISE_VARARGS:
		return -n, -n, true
	}
	return 0, 0, false
}

// pops returns how many values an instruction needs on the stack.
func pops(in Instr) int {
	n := int(in.Arg)
	switch in.Op {
	case COPY:
		return n
	case SWAP:
		return n
	case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE:
		return n + 1
	case MAP_ADD:
		return n + 2
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING, BUILD_SLICE:
		return n
	case BUILD_MAP:
		return 2 * n
	case CALL:
		return n + 1
	case CALL_KW, CALL_METHOD:
		return n + 2
	case CALL_METHOD_KW:
		return n + 3
	case CALL_EX:
		return 2 + n&1
	case BUILD_CLASS:
		return n + 2
	case RAISE_VARARGS:
		return n
	case MAKE_FUNCTION:
		f, _, _ := stackEffect(in)
		return 1 - f
	case FORMAT_VALUE:
		return 1 + n>>2&1
	case STORE_SUBSCR:
		return 3
	case STORE_ATTR, DELETE_SUBSCR, BINARY_SUBSCR, BINARY_OP, COMPARE_OP, IS_OP,
		CONTAINS_OP, WITH_EXCEPT_START, CHECK_EXC_MATCH:
		return 2
	case NOP, JUMP, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_GLOBAL,
		LOAD_NAME, LOAD_LOCALS, LOAD_ASSERTION_ERROR, IMPORT_NAME, DELETE_FAST,
		DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME, SETUP_FINALLY, POP_BLOCK, POP_EXCEPT:
		return 0
	}
	return 1
}

// block is an entry of the verifier's model of the VM's block stack.
type block struct {
	handler bool // SETUP_FINALLY (true) or PUSH_EXC_INFO cleanup (false)
	depth   int  // stack depth when pushed
	target  int  // handler target
}

// vstate is the abstract state before an instruction.
type vstate struct {
	depth  int
	blocks []block
}

func (s vstate) equal(t vstate) bool {
	return s.depth == t.depth && slices.Equal(s.blocks, t.blocks)
}

// stackDepth checks the code's invariants and returns its maximum stack
// depth. It follows every path (jumps, fall-throughs, exception handlers)
// and fails when two paths reach an instruction with different stack
// depths or block stacks, when the stack underflows, when a jump target or
// an argument is out of range, when a path falls off the end, or when
// RETURN_VALUE is reached with anything but the return value on the stack
// or with blocks still pushed.
func stackDepth(c *Code) (int, error) {
	n := len(c.Instrs)
	if len(c.Spans) != n {
		return 0, fmt.Errorf("%d spans for %d instructions", len(c.Spans), n)
	}
	if n == 0 {
		return 0, fmt.Errorf("no instructions")
	}
	states := make([]*vstate, n)
	max := 0
	var work []int
	var err error
	visit := func(from, pc int, s vstate) {
		if err != nil {
			return
		}
		if pc < 0 || pc >= n {
			err = fmt.Errorf("instruction %d: target %d out of range", from, pc)
			return
		}
		if s.depth < 0 {
			err = fmt.Errorf("instruction %d: stack underflow", from)
			return
		}
		if s.depth > max {
			max = s.depth
		}
		if old := states[pc]; old != nil {
			if !old.equal(s) {
				err = fmt.Errorf("instruction %d: reached from %d with depth %d blocks %v, earlier with depth %d blocks %v",
					pc, from, s.depth, s.blocks, old.depth, old.blocks)
			}
			return
		}
		states[pc] = &s
		work = append(work, pc)
	}
	visit(-1, 0, vstate{})
	for len(work) > 0 && err == nil {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		s := *states[pc]
		in := c.Instrs[pc]
		if e := checkArg(c, in); e != nil {
			return 0, fmt.Errorf("instruction %d (%v): %v", pc, in.Op, e)
		}
		if pops(in) > s.depth {
			return 0, fmt.Errorf("instruction %d (%v %d): needs %d values, stack has %d", pc, in.Op, in.Arg, pops(in), s.depth)
		}
		fall, jump, ok := stackEffect(in)
		if !ok {
			return 0, fmt.Errorf("instruction %d: unknown opcode %d", pc, in.Op)
		}
		next := vstate{depth: s.depth + fall, blocks: s.blocks}
		switch in.Op {
		case RETURN_VALUE:
			if s.depth != 1 {
				return 0, fmt.Errorf("instruction %d: RETURN_VALUE with %d values on the stack", pc, s.depth)
			}
			if len(s.blocks) != 0 {
				return 0, fmt.Errorf("instruction %d: RETURN_VALUE with %d blocks pushed", pc, len(s.blocks))
			}
			continue
		case RERAISE, RAISE_VARARGS:
			continue
		case JUMP:
			visit(pc, int(in.Arg), next)
			continue
		case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER:
			visit(pc, int(in.Arg), vstate{depth: s.depth + jump, blocks: s.blocks})
		case SETUP_FINALLY:
			visit(pc, int(in.Arg), vstate{depth: s.depth + jump, blocks: s.blocks})
			next.blocks = append(slices.Clip(s.blocks), block{handler: true, depth: s.depth, target: int(in.Arg)})
		case POP_BLOCK:
			if len(s.blocks) == 0 || !s.blocks[len(s.blocks)-1].handler {
				return 0, fmt.Errorf("instruction %d: POP_BLOCK without a SETUP_FINALLY block", pc)
			}
			next.blocks = s.blocks[:len(s.blocks)-1]
		case PUSH_EXC_INFO:
			next.blocks = append(slices.Clip(s.blocks), block{depth: s.depth})
		case POP_EXCEPT:
			if len(s.blocks) == 0 || s.blocks[len(s.blocks)-1].handler {
				return 0, fmt.Errorf("instruction %d: POP_EXCEPT without a PUSH_EXC_INFO block", pc)
			}
			next.blocks = s.blocks[:len(s.blocks)-1]
		}
		if pc+1 >= n {
			return 0, fmt.Errorf("instruction %d: falls off the end of the code", pc)
		}
		visit(pc, pc+1, next)
	}
	if err != nil {
		return 0, err
	}
	return max, nil
}

// checkArg checks that an instruction's argument refers to something
// that exists.
func checkArg(c *Code, in Instr) error {
	a := int(in.Arg)
	ncells := len(c.Cellvars) + len(c.Freevars)
	switch in.Op {
	case LOAD_CONST:
		if a >= len(c.Consts) {
			return fmt.Errorf("const %d out of range", a)
		}
	case LOAD_FAST, STORE_FAST, DELETE_FAST:
		if a >= len(c.Varnames) {
			return fmt.Errorf("local %d out of range", a)
		}
	case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE:
		if a >= ncells {
			return fmt.Errorf("cell %d out of range", a)
		}
	case LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME,
		LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_FROM:
		if a >= len(c.Names) {
			return fmt.Errorf("name %d out of range", a)
		}
	case IMPORT_NAME:
		if a&^ImportLeaf >= len(c.Names) {
			return fmt.Errorf("name %d out of range", a&^ImportLeaf)
		}
	case COPY:
		if a < 1 {
			return fmt.Errorf("COPY %d", a)
		}
	case SWAP:
		if a < 2 {
			return fmt.Errorf("SWAP %d", a)
		}
	case BUILD_SLICE:
		if a != 2 && a != 3 {
			return fmt.Errorf("BUILD_SLICE %d", a)
		}
	case LIST_APPEND, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE:
		if a < 1 {
			return fmt.Errorf("%v %d", in.Op, a)
		}
	case CALL_KW, CALL_METHOD_KW:
		// The names tuple is checked where it is loaded.
	case RAISE_VARARGS:
		if a > 2 {
			return fmt.Errorf("RAISE_VARARGS %d", a)
		}
	case CALL_EX:
		if a > 1 {
			return fmt.Errorf("CALL_EX %d", a)
		}
	case BINARY_OP:
		if BinaryOp(a)&^Inplace >= NumBinaryOps {
			return fmt.Errorf("binary operator %d", a)
		}
	case UNARY_OP:
		if a > int(OpNot) {
			return fmt.Errorf("unary operator %d", a)
		}
	case COMPARE_OP:
		if a > int(OpGE) {
			return fmt.Errorf("comparison %d", a)
		}
	}
	return nil
}

// Verify checks the invariants of c and of every code nested in it: jump
// targets and arguments in range, the stack depth consistent on every path
// (and equal to StackSize at its maximum), blocks balanced, one value on
// the stack at each RETURN_VALUE.
func Verify(c *Code) error {
	size, err := stackDepth(c)
	if err != nil {
		return fmt.Errorf("%s: %w", c.QualName, err)
	}
	if size != c.StackSize {
		return fmt.Errorf("%s: StackSize %d, computed %d", c.QualName, c.StackSize, size)
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			if err := Verify(sub); err != nil {
				return err
			}
		}
	}
	return nil
}
