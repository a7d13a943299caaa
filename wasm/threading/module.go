package threading

import (
	"embed"
	"fmt"
	"sync"

	"lockstep/wasm/compile"
	"lockstep/wasm/syntax"
	"lockstep/wasm/vm"
)

//go:embed prelude/*.py
var preludeFS embed.FS

var (
	preludeOnce sync.Once
	preludes    map[string]*compile.Code
	preludeErr  error
)

// preludeCode returns the compiled Python source of a library module,
// compiled once per process and shared (read-only) by every machine.
func preludeCode(name string) (*compile.Code, error) {
	preludeOnce.Do(func() {
		preludes = map[string]*compile.Code{}
		entries, err := preludeFS.ReadDir("prelude")
		if err != nil {
			preludeErr = err
			return
		}
		for _, e := range entries {
			src, err := preludeFS.ReadFile("prelude/" + e.Name())
			if err != nil {
				preludeErr = err
				return
			}
			mod := e.Name()[:len(e.Name())-3]
			tree, err := syntax.Parse("<lockstep "+mod+">", src)
			if err != nil {
				preludeErr = fmt.Errorf("prelude %s: %v", mod, err)
				return
			}
			code, err := compile.Compile(tree)
			if err != nil {
				preludeErr = fmt.Errorf("prelude %s: %v", mod, err)
				return
			}
			markInternal(code)
			vm.PrepareCode(code)
			preludes[mod] = code
		}
	})
	if preludeErr != nil {
		return nil, preludeErr
	}
	return preludes[name], nil
}

func markInternal(c *compile.Code) {
	c.Internal = true
	for _, k := range c.Consts {
		if sub, ok := k.(*compile.Code); ok {
			markInternal(sub)
		}
	}
}

// preludeModule registers a module implemented by prelude/NAME.py.
//
// The threading module, which nearly every program imports, is executed
// once per process into a vm.ModuleTemplate that each machine copies.
func preludeModule(modname, file string) {
	var (
		tmplOnce sync.Once
		tmpl     *vm.ModuleTemplate
	)
	vm.RegisterModule(modname, func(th *vm.Thread) (*vm.Module, error) {
		code, err := preludeCode(file)
		if err != nil {
			return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: %v", err)
		}
		if modname == "threading" {
			tmplOnce.Do(func() { tmpl = vm.NewModuleTemplate(modname, code) })
			if mod, ok, err := tmpl.Instantiate(th); ok {
				return mod, err
			}
		}
		mod, err := vm.ExecModule(th, modname, code)
		if err != nil {
			return nil, err
		}
		return mod, nil
	})
}

// preludeFunc finds a function of the threading prelude in th's machine.
func preludeFunc(th *vm.Thread, name string) (vm.Value, error) {
	mod := th.Machine().Module("threading")
	if mod == nil {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: threading is not loaded")
	}
	fn, ok := mod.Dict.GetStr(name)
	if !ok {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: threading.%s is missing", name)
	}
	return fn, nil
}

// lockstepModule is the prototype of the _lockstep module, built once per
// process: each machine gets a copy of its dict (the native functions and
// types in it are immutable and shared).
var lockstepModule = sync.OnceValue(newLockstepModule)

func init() {
	vm.RegisterModule("_lockstep", func(th *vm.Thread) (*vm.Module, error) {
		proto := lockstepModule()
		return &vm.Module{Name: proto.Name, Dict: proto.Dict.Copy()}, nil
	})
	preludeModule("threading", "threading")
}

// newLockstepModule builds the _lockstep module: the native side of the
// threading prelude.
func newLockstepModule() *vm.Module {
	m := vm.NewModule("_lockstep")
	d := m.Dict
	d.SetStr("Lock", LockType)
	d.SetStr("RLock", RLockType)
	d.SetStr("Condition", ConditionType)
	d.SetStr("Semaphore", SemaphoreType)
	d.SetStr("BoundedSemaphore", BoundedSemaphoreType)
	d.SetStr("Event", EventType)
	d.SetStr("Barrier", BarrierType)
	d.SetStr("BrokenBarrierError", BrokenBarrierErrorType)
	d.SetStr("local", LocalType)
	m.SetFunc("start_thread", vm.Action, startThread)
	m.SetFunc("join_thread", vm.Primitive, joinThread)
	m.SetFunc("thread_alive", vm.Pure, threadAlive)
	m.SetFunc("current_object", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if th.Object == nil {
			return vm.None, nil
		}
		return th.Object, nil
	})
	m.SetFunc("set_object", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		t, err := threadArg(th, args[0])
		if err != nil {
			return nil, err
		}
		t.Object = args[1]
		return vm.None, nil
	})
	m.SetFunc("thread_ident", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		t, err := threadArg(th, args[0])
		if err != nil {
			return nil, err
		}
		return vm.MakeInt(int64(identOf(t))), nil
	})
	m.SetFunc("active_objects", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		var out []vm.Value
		for _, t := range th.Machine().Threads() {
			if !t.Done() && t.Object != nil {
				out = append(out, t.Object)
			}
		}
		return vm.NewList(out), nil
	})
	m.SetFunc("default_excepthook", vm.Action, defaultExcepthook)
	m.SetFunc("monotonic", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.Float(float64(th.Now()) / 1e9), nil
	})
	// a first copy marks the dict's index shared, so that the copies
	// machines make share it without writing the prototype
	_ = d.Copy()
	return m
}

func threadArg(th *vm.Thread, v vm.Value) (*vm.Thread, error) {
	id, ok := v.(vm.Int)
	threads := th.Machine().Threads()
	if !ok || id < 0 || int(id) >= len(threads) {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: bad thread id")
	}
	return threads[id], nil
}

// startThread implements Thread.start: a new simulated thread that runs
// obj._bootstrap().
func startThread(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 3 {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: start_thread")
	}
	obj := args[0]
	name, _ := args[1].(vm.Str)
	daemon := truth(args[2])
	entry, err := vm.GetAttr(th, obj, "_bootstrap")
	if err != nil {
		return nil, err
	}
	t := th.Machine().StartThread(entry, nil, string(name), daemon, obj)
	th.Machine().ThreadAccess(t, true)
	if th.Tracing() {
		th.Event("start", string(name), "", fmt.Sprintf("%s starts %s (%s)", th.Label(), t.Label(), name))
	}
	return vm.MakeInt(int64(t.ID)), nil
}

func joinThread(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 2 {
		return nil, vm.Errorf(vm.SystemErrorType, "lockstep internal error: join_thread")
	}
	t, err := threadArg(th, args[0])
	if err != nil {
		return nil, err
	}
	secs, timed, err := timeoutArg(args[1])
	if err != nil {
		return nil, err
	}
	if t.Done() || th.TimedOut() || timed && secs == 0 {
		if th.Probing() {
			return nil, nil
		}
		if t.Done() {
			th.Machine().JoinAccess(t)
		} else {
			th.Machine().ThreadAccess(t, false)
		}
		switch {
		case !th.Tracing():
		case t.Done():
			th.Event("join", t.Label(), "", fmt.Sprintf("%s joins %s (%s has finished)", th.Label(), t.Label(), t.Label()))
		default:
			th.Event("timeout", t.Label(), "", fmt.Sprintf("%s stops waiting for %s (timeout)", th.Label(), t.Label()))
		}
		return vm.None, nil
	}
	b := &vm.Block{State: vm.StateWaiting, On: t.Object, Key: vm.LifetimeKey, What: t.Label() + " (" + t.Name + ") to finish",
		Ready: t.Done, Holder: func() int { return -1 }}
	if timed {
		b.Deadline, b.HasDeadline = deadlineOf(th, secs), true
	}
	return nil, b
}

func threadAlive(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	t, err := threadArg(th, args[0])
	if err != nil {
		return nil, err
	}
	th.Machine().ThreadAccess(t, false)
	return boolValue(!t.Done()), nil
}

// defaultExcepthook prints "Exception in thread NAME:" and the traceback,
// as threading.excepthook does.
func defaultExcepthook(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 1 {
		return nil, vm.Errorf(vm.TypeErrorType, "excepthook() takes exactly one argument (%d given)", len(args))
	}
	hookArgs := args[0]
	excV, err := vm.GetAttr(th, hookArgs, "exc_value")
	if err != nil {
		return nil, err
	}
	exc, ok := excV.(*vm.Exception)
	if !ok {
		return vm.None, nil
	}
	name := th.Name
	if tv, err := vm.GetAttr(th, hookArgs, "thread"); err == nil && tv != vm.None {
		if n, err := vm.GetAttr(th, tv, "name"); err == nil {
			if s, ok := n.(vm.Str); ok {
				name = string(s)
			}
		}
	}
	m := th.Machine()
	text := "Exception in thread " + name + ":\n" + m.FormatException(th, exc)
	m.WriteStderr(text)
	th.Event("exception", name, exc.Class.Name, th.Label()+" ended with "+exc.Error())
	return vm.None, nil
}
