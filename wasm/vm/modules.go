package vm

import (
	"math"
	"sort"
)

// The sys and time modules. time works on the machine's virtual clock: a
// sleeping thread is not runnable until the clock reaches its wake time,
// and the clock jumps forward only when no thread can run.

// Epoch is what time.time() returns when the virtual clock is at zero
// (2026-01-01T00:00:00Z), so runs print the same times every time.
const Epoch = 1767225600

func init() {
	RegisterModule("sys", func(th *Thread) (*Module, error) {
		m := NewModule("sys")
		m.Dict.SetStr("stdout", Stdout)
		m.Dict.SetStr("stderr", Stderr)
		m.Dict.SetStr("__stdout__", Stdout)
		m.Dict.SetStr("__stderr__", Stderr)
		m.Dict.SetStr("argv", NewList([]Value{Str(th.m.prog.Filename)}))
		m.Dict.SetStr("version", Str("3.11.7 (lockstep)"))
		m.Dict.SetStr("version_info", Tuple{MakeInt(3), MakeInt(11), MakeInt(7), Str("final"), MakeInt(0)})
		m.Dict.SetStr("maxsize", MakeInt(math.MaxInt64))
		m.Dict.SetStr("platform", Str("lockstep"))
		m.Dict.SetStr("byteorder", Str("little"))
		m.SetFunc("exit", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if len(args) > 1 {
				return nil, Errorf(TypeErrorType, "exit expected at most 1 argument, got %d", len(args))
			}
			if len(args) == 0 || args[0] == None {
				e := NewException(SystemExitType)
				e.Value = None
				return nil, e
			}
			e := NewException(SystemExitType, args[0])
			e.Value = args[0]
			return nil, e
		})
		m.SetFunc("getrecursionlimit", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return MakeInt(maxDepth), nil
		})
		m.SetFunc("setrecursionlimit", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return None, nil
		})
		m.SetFunc("getswitchinterval", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return Float(0.005), nil
		})
		m.SetFunc("setswitchinterval", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return None, nil
		})
		m.SetFunc("exc_info", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if n := len(th.handling); n > 0 && th.handling[n-1] != nil {
				e := th.handling[n-1]
				return Tuple{e.Class, e, None}, nil
			}
			return Tuple{None, None, None}, nil
		})
		m.Dict.SetStr("path", NewList([]Value{Str("")}))
		mods := NewDict()
		names := make([]string, 0, len(th.m.modules))
		for name := range th.m.modules {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			mods.SetStr(name, th.m.modules[name])
		}
		mods.SetStr("sys", m)
		m.Dict.SetStr("modules", mods)
		th.m.sysModules = mods
		return m, nil
	})

	RegisterModule("time", func(th *Thread) (*Module, error) {
		m := NewModule("time")
		m.SetFunc("sleep", Primitive, timeSleep)
		clockFn := func(offset float64) NativeFunc {
			return func(th *Thread, args []Value, kwnames []string) (Value, error) {
				if len(args) != 0 {
					return nil, Errorf(TypeErrorType, "function takes no arguments")
				}
				return Float(offset + float64(th.m.clock)/1e9), nil
			}
		}
		nsFn := func(offset int64) NativeFunc {
			return func(th *Thread, args []Value, kwnames []string) (Value, error) {
				return MakeInt(offset + th.m.clock), nil
			}
		}
		m.SetFunc("time", Pure, clockFn(Epoch))
		m.SetFunc("monotonic", Pure, clockFn(0))
		m.SetFunc("perf_counter", Pure, clockFn(0))
		m.SetFunc("process_time", Pure, clockFn(0))
		m.SetFunc("time_ns", Pure, nsFn(Epoch*1e9))
		m.SetFunc("monotonic_ns", Pure, nsFn(0))
		m.SetFunc("perf_counter_ns", Pure, nsFn(0))
		return m, nil
	})
}

// timeSleep implements time.sleep on the virtual clock.
func timeSleep(th *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) != 1 || len(kwnames) != 0 {
		return nil, Errorf(TypeErrorType, "time.sleep() takes exactly one argument (%d given)", len(args))
	}
	secs, err := ToSeconds(args[0])
	if err != nil {
		return nil, err
	}
	if secs < 0 {
		return nil, Errorf(ValueErrorType, "sleep length must be non-negative")
	}
	deadline, started := th.OpState().(int64)
	if !started {
		deadline = th.m.clock + int64(math.Round(secs*1e9))
		th.SetOpState(deadline)
		th.Event("sleep", "", formatSeconds(secs), th.Label()+" sleeps "+formatSeconds(secs)+" s")
	}
	m := th.m
	if m.clock >= deadline {
		if th.Probing() {
			return nil, nil
		}
		return None, nil
	}
	return nil, &Block{State: StateSleeping, What: "the clock to reach " + formatSeconds(float64(deadline)/1e9) + " s",
		Ready: func() bool { return m.clock >= deadline }, Deadline: deadline, HasDeadline: true}
}

// ToSeconds converts a timeout or a sleep length to seconds.
func ToSeconds(v Value) (float64, error) {
	switch x := v.(type) {
	case Int:
		return float64(x), nil
	case Float:
		if math.IsNaN(float64(x)) {
			return 0, Errorf(ValueErrorType, "Invalid value NaN (not a number)")
		}
		return float64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(v))
}

func formatSeconds(s float64) string {
	r, _ := Repr(nil, Float(s))
	return r
}
