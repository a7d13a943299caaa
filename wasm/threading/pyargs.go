package threading

import (
	"strings"

	"lockstep/wasm/vm"
)

// bindPy binds the arguments of a method that CPython writes in Python
// (Queue.put, Future.result…), so that argument errors read as CPython's
// do: they name the method by its qualified name and count self. args[0]
// is the receiver; names and defaults describe the other parameters (a nil
// default means required).
func bindPy(qualname string, args []vm.Value, kwnames []string, names []string, defaults []vm.Value) ([]vm.Value, error) {
	out := make([]vm.Value, len(names))
	npos := len(args) - len(kwnames)
	pos := args[1:npos]
	if len(pos) > len(names) {
		required := 0
		for _, d := range defaults {
			if d == nil {
				required++
			}
		}
		lo, hi := required+1, len(names)+1
		if lo == hi {
			return nil, vm.Errorf(vm.TypeErrorType, "%s() takes %d positional argument%s but %d were given", qualname, hi, plural(hi), npos)
		}
		return nil, vm.Errorf(vm.TypeErrorType, "%s() takes from %d to %d positional arguments but %d were given", qualname, lo, hi, npos)
	}
	copy(out, pos)
	for i, k := range kwnames {
		j := indexOf(names, k)
		if j < 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "%s() got an unexpected keyword argument '%s'", qualname, k)
		}
		if out[j] != nil {
			return nil, vm.Errorf(vm.TypeErrorType, "%s() got multiple values for argument '%s'", qualname, k)
		}
		out[j] = args[npos+i]
	}
	var missing []string
	for i := range out {
		if out[i] == nil {
			if defaults[i] == nil {
				missing = append(missing, "'"+names[i]+"'")
				continue
			}
			out[i] = defaults[i]
		}
	}
	if len(missing) > 0 {
		return nil, vm.Errorf(vm.TypeErrorType, "%s() missing %d required positional argument%s: %s", qualname, len(missing), plural(len(missing)), joinNames(missing))
	}
	return out, nil
}

func indexOf(names []string, k string) int {
	for i, n := range names {
		if n == k {
			return i
		}
	}
	return -1
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// joinNames joins quoted names as CPython lists them: 'a', 'a' and 'b',
// 'a', 'b' and 'c'.
func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

// noArgsPy checks that a Python-level method got no arguments but self.
func noArgsPy(qualname string, args []vm.Value, kwnames []string) error {
	_, err := bindPy(qualname, args, kwnames, nil, nil)
	return err
}
