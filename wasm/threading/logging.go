package threading

import (
	"fmt"
	"strings"
	"time"

	"lockstep/wasm/vm"
)

// This file holds the native helpers of the logging module (prelude/
// logging.py): writing a formatted record to sys.stdout or sys.stderr as
// one traced action, strftime on the virtual clock, the caller's line, and
// visible(fn), which turns a Python function of the prelude into a builtin
// whose call is a step of its own, like print.

// logEmit writes text to a stream (sys.stdout or sys.stderr) and records
// it in the trace, as print does.
func logEmit(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 2 {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: emit")
	}
	text, ok := args[1].(vm.Str)
	if !ok {
		return nil, vm.Errorf(vm.TypeErrorType, "write() argument must be str, not %s", vm.TypeName(args[1]))
	}
	m := th.Machine()
	shown := strings.TrimSuffix(string(text), "\n")
	if args[0] == vm.Stdout {
		m.WriteStdout(string(text))
		th.Event("print", "stdout", shown, th.Label()+" logs: "+shown)
	} else {
		m.WriteStderr(string(text))
		th.Event("print", "stderr", shown, th.Label()+" logs: "+shown)
	}
	return vm.None, nil
}

// logCaller returns (filename, lineno) of the program's innermost frame.
func logCaller(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	return vm.Tuple{vm.Str(th.Machine().Filename()), vm.MakeInt(int64(th.CurrentLine()))}, nil
}

// logStrftime is time.strftime(fmt, time.gmtime(secs)): the virtual clock
// is read in UTC.
func logStrftime(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 2 {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: strftime")
	}
	f, ok := args[0].(vm.Str)
	if !ok {
		return nil, vm.Errorf(vm.TypeErrorType, "strftime() argument 1 must be str, not %s", vm.TypeName(args[0]))
	}
	secs, err := vm.ToSeconds(args[1])
	if err != nil {
		return nil, err
	}
	return vm.Str(strftime(string(f), time.Unix(int64(secs), 0).UTC())), nil
}

// strftime formats t as C's strftime does in the C locale.
func strftime(f string, t time.Time) string {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' || i+1 == len(f) {
			b.WriteByte(c)
			continue
		}
		i++
		switch f[i] {
		case 'Y':
			fmt.Fprintf(&b, "%d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&b, "%02d", h)
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'b', 'h':
			b.WriteString(t.Month().String()[:3])
		case 'B':
			b.WriteString(t.Month().String())
		case 'a':
			b.WriteString(t.Weekday().String()[:3])
		case 'A':
			b.WriteString(t.Weekday().String())
		case 'w':
			fmt.Fprintf(&b, "%d", int(t.Weekday()))
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 'Z':
			b.WriteString("UTC")
		case 'z':
			b.WriteString("+0000")
		case 'T':
			fmt.Fprintf(&b, "%02d:%02d:%02d", t.Hour(), t.Minute(), t.Second())
		case 'D':
			fmt.Fprintf(&b, "%02d/%02d/%02d", int(t.Month()), t.Day(), t.Year()%100)
		case 'F':
			fmt.Fprintf(&b, "%d-%02d-%02d", t.Year(), int(t.Month()), t.Day())
		case 'c':
			fmt.Fprintf(&b, "%s %s %2d %02d:%02d:%02d %d", t.Weekday().String()[:3], t.Month().String()[:3], t.Day(), t.Hour(), t.Minute(), t.Second(), t.Year())
		case 'x':
			fmt.Fprintf(&b, "%02d/%02d/%02d", int(t.Month()), t.Day(), t.Year()%100)
		case 'X':
			fmt.Fprintf(&b, "%02d:%02d:%02d", t.Hour(), t.Minute(), t.Second())
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(f[i])
		}
	}
	return b.String()
}

// logVisible wraps a Python function in a builtin method whose call is a
// visible action (a step of its own): calling it calls the function.
func logVisible(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 1 {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: visible")
	}
	fn := args[0]
	name := "function"
	if f, ok := fn.(*vm.Function); ok {
		name = strings.TrimPrefix(f.Name, "_")
	}
	return &vm.Builtin{Name: name, Effect: vm.Action, Owner: vm.ObjectType, Fn: func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return nil, &vm.CallRequest{Fn: fn, Args: append([]vm.Value(nil), args...), Kwnames: kwnames}
	}}, nil
}

// logVisibleFunc is logVisible for module-level functions (not bound to
// an instance when read from a class).
func logVisibleFunc(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	v, err := logVisible(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	b := v.(*vm.Builtin)
	b.Owner = nil
	return b, nil
}

func init() {
	vm.RegisterModule("_lockstep_logging", func(th *vm.Thread) (*vm.Module, error) {
		m := vm.NewModule("_lockstep_logging")
		m.SetFunc("emit", vm.Pure, logEmit)
		m.SetFunc("caller", vm.Pure, logCaller)
		m.SetFunc("strftime", vm.Pure, logStrftime)
		m.SetFunc("visible_method", vm.Pure, logVisible)
		m.SetFunc("visible_function", vm.Pure, logVisibleFunc)
		m.SetFunc("format_exception", vm.Pure, formatException)
		m.SetFunc("ident", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return vm.MakeInt(int64(identOf(th))), nil
		})
		m.SetFunc("thread_name", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return vm.Str(th.Name), nil
		})
		return m, nil
	})
	preludeModule("logging", "logging")
}
