package vm

import "strconv"

// This file holds the argument-checking helpers shared by the builtin
// functions and methods, with CPython's messages for the common calling
// conventions.

// plural returns "" for 1 and "s" otherwise.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// itoa formats n without fmt.
func itoa(n int) string { return strconv.Itoa(n) }

// noKwargs fails with "name() takes no keyword arguments" when kwnames is
// not empty.
func noKwargs(name string, kwnames []string) error {
	if len(kwnames) != 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	return nil
}

// methNoArgs checks a METH_NOARGS method call: args[0] is the receiver.
// qual is the qualified name, e.g. "str.upper".
func methNoArgs(qual string, args []Value, kwnames []string) error {
	if err := noKwargs(qual, kwnames); err != nil {
		return err
	}
	if len(args) != 1 {
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", qual, len(args)-1)
	}
	return nil
}

// methOneArg checks a METH_O method call: the receiver and one argument.
func methOneArg(qual string, args []Value, kwnames []string) error {
	if err := noKwargs(qual, kwnames); err != nil {
		return err
	}
	if len(args) != 2 {
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", qual, len(args)-1)
	}
	return nil
}

// funcOneArg checks a builtin function taking exactly one positional
// argument (len, abs…).
func funcOneArg(name string, args []Value, kwnames []string) error {
	if err := noKwargs(name, kwnames); err != nil {
		return err
	}
	if len(args) != 1 {
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// checkPositional checks n positional arguments against [min, max] with
// the message of CPython's _PyArg_CheckPositional: "pop expected at most 1
// argument, got 2". max < 0 means unbounded.
func checkPositional(name string, n, min, max int) error {
	if n < min {
		if min == max {
			return Errorf(TypeErrorType, "%s expected %d argument%s, got %d", name, min, plural(min), n)
		}
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	if max >= 0 && n > max {
		if min == max {
			return Errorf(TypeErrorType, "%s expected %d argument%s, got %d", name, max, plural(max), n)
		}
		return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
	}
	return nil
}

// posArgs checks a positional-only call (no keywords) with
// checkPositional's messages and returns the arguments.
func posArgs(name string, args []Value, kwnames []string, min, max int) ([]Value, error) {
	if err := noKwargs(name, kwnames); err != nil {
		return nil, err
	}
	if err := checkPositional(name, len(args), min, max); err != nil {
		return nil, err
	}
	return args, nil
}

// parseArgs binds a call's arguments to named parameters that may be given
// by position or keyword (Argument Clinic style): the result has
// len(names) entries, nil for the ones not given. The first min are
// required. Messages follow CPython: "split() takes at most 2 arguments (3
// given)", "'x' is an invalid keyword argument for split()", "argument for
// split() given by name ('sep') and position (1)".
func parseArgs(name string, args []Value, kwnames []string, min int, names ...string) ([]Value, error) {
	npos := len(args) - len(kwnames)
	if npos > len(names) {
		if min == len(names) {
			return nil, Errorf(TypeErrorType, "%s() takes exactly %d argument%s (%d given)", name, len(names), plural(len(names)), len(args))
		}
		return nil, Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", name, len(names), plural(len(names)), len(args))
	}
	out := make([]Value, len(names))
	copy(out, args[:npos])
	for i, kw := range kwnames {
		j := -1
		for k, n := range names {
			if n == kw {
				j = k
				break
			}
		}
		if j < 0 {
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", kw, name)
		}
		if j < npos {
			return nil, Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", name, kw, j+1)
		}
		out[j] = args[npos+i]
	}
	for i := 0; i < min; i++ {
		if out[i] == nil {
			if len(kwnames) == 0 {
				if min == len(names) {
					return nil, Errorf(TypeErrorType, "%s() takes exactly %d argument%s (%d given)", name, min, plural(min), npos)
				}
				return nil, Errorf(TypeErrorType, "%s() takes at least %d argument%s (%d given)", name, min, plural(min), npos)
			}
			return nil, Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", name, names[i], i+1)
		}
	}
	return out, nil
}

// kwOnly splits a call into positional arguments and keyword-only
// parameters named by names (for sorted(key=, reverse=), min(key=,
// default=)…). Unknown keywords fail with "'x' is an invalid keyword
// argument for name()".
func kwOnly(name string, args []Value, kwnames []string, names ...string) ([]Value, []Value, error) {
	npos := len(args) - len(kwnames)
	out := make([]Value, len(names))
	for i, kw := range kwnames {
		j := -1
		for k, n := range names {
			if n == kw {
				j = k
				break
			}
		}
		if j < 0 {
			return nil, nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", kw, name)
		}
		out[j] = args[npos+i]
	}
	return args[:npos], out, nil
}
