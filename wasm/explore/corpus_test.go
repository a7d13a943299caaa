package explore

import "fmt"

// The corpus of toy programs the tests explore.

// counter: n threads each do counter += 1 (a read, then a write); main joins
// them and prints the counter.
func counter(n int) *toyProgram {
	p := &toyProgram{name: fmt.Sprintf("counter-%d", n)}
	var main []op
	for i := 1; i <= n; i++ {
		main = append(main, spawn(1))
	}
	for i := 1; i <= n; i++ {
		main = append(main, join(i))
	}
	main = append(main, read("c", "r"), printR("r"))
	p.bodies = [][]op{main, {read("c", "r"), write("c", inc("r"))}}
	return p
}

// lockedCounter: the same with the increment inside a lock.
func lockedCounter(n int) *toyProgram {
	p := counter(n)
	p.name = fmt.Sprintf("locked-counter-%d", n)
	p.bodies[1] = []op{lock("l"), read("c", "r"), write("c", inc("r")), unlock("l")}
	return p
}

// spawnJoin builds main = spawn every body 1..len(bodies), join them all,
// then run tail.
func spawnJoin(name string, bodies [][]op, tail ...op) *toyProgram {
	var main []op
	for i := range bodies {
		main = append(main, spawn(i+1))
	}
	for i := range bodies {
		main = append(main, join(i+1))
	}
	main = append(main, tail...)
	return &toyProgram{name: name, bodies: append([][]op{main}, bodies...)}
}

func printVars(vars ...string) []op {
	var ops []op
	for _, v := range vars {
		ops = append(ops, read(v, "p"), printR("p"))
	}
	return ops
}

var corpus = []*toyProgram{
	counter(2),
	counter(3),
	lockedCounter(2),
	lockedCounter(3),
	spawnJoin("independent", [][]op{
		{read("a", "r"), write("a", inc("r"))},
		{read("b", "r"), write("b", inc("r"))},
		{read("c", "r"), write("c", inc("r"))},
	}, printVars("a", "b", "c")...),
	spawnJoin("opposite-locks", [][]op{
		{lock("a"), lock("b"), printS("1"), unlock("b"), unlock("a")},
		{lock("b"), lock("a"), printS("2"), unlock("a"), unlock("b")},
	}, printS("done")),
	spawnJoin("same-order-locks", [][]op{
		{lock("a"), lock("b"), printS("1"), unlock("b"), unlock("a")},
		{lock("a"), lock("b"), printS("2"), unlock("b"), unlock("a")},
	}),
	{name: "held-forever", bodies: [][]op{
		{spawn(1), spawn(2)},
		{lock("l"), printS("1")},
		{lock("l"), printS("2")},
	}},
	{name: "arrive-blocked", bodies: [][]op{
		{spawn(1), spawn(2)},
		{lock("l"), writeC("x", 1), printS("1")},
		{writeC("y", 1), read("x", "r"), lock("l"), printR("r")},
	}},
	spawnJoin("message-passing", [][]op{
		{writeC("data", 42), writeC("flag", 1)},
		{read("flag", "f"), jumpIf(regIs("f", 0), 4), read("data", "d"), printR("d"), printS("end")},
	}),
	spawnJoin("store-buffering", [][]op{
		{writeC("x", 1), read("y", "r"), write("r1", func(r regs) int { return r["r"] })},
		{writeC("y", 1), read("x", "r"), write("r2", func(r regs) int { return r["r"] })},
	}, printVars("r1", "r2")...),
	spawnJoin("whole-object", [][]op{
		{writeC("L.a", 1)},
		{writeC("L.b", 2)},
		{read("L.*", "s"), printR("s")},
		{writeC("L.*", 5)},
	}, printVars("L.a", "L.b")...),
	{name: "nested-spawn", bodies: [][]op{
		{spawn(1), spawn(2), join(1), join(2), printS("main")},
		{spawnR(3, "t"), printR("t"), joinR("t")},
		{spawnR(3, "t"), printR("t"), joinR("t")},
		{printS("child")},
	}},
	spawnJoin("print-race", [][]op{
		{printS("a")},
		{printS("b")},
		{printS("c")},
	}),
	{name: "join-then-spawn", bodies: [][]op{
		{spawn(1), join(1), spawn(2), read("x", "r"), printR("r"), join(2)},
		{writeC("x", 1)},
		{writeC("x", 2)},
	}},
	spawnJoin("mixed-lock", [][]op{
		{lock("l"), read("c", "r"), write("c", inc("r")), unlock("l")},
		{read("c", "r"), write("c", inc("r"))},
	}, printVars("c")...),
	spawnJoin("data-dependent", [][]op{
		{read("i", "i"), writeAt(func(r regs) string { return []string{"A.0", "A.1"}[r["i"]] }, func(regs) int { return 7 })},
		{writeC("i", 1), read("A.0", "a"), printR("a")},
	}, printVars("A.0", "A.1")...),
	spawnJoin("dining-3", [][]op{
		{lock("f0"), lock("f1"), printS("p0"), unlock("f1"), unlock("f0")},
		{lock("f1"), lock("f2"), printS("p1"), unlock("f2"), unlock("f1")},
		{lock("f2"), lock("f0"), printS("p2"), unlock("f0"), unlock("f2")},
	}),
	spawnJoin("check-then-act", [][]op{
		{lock("l"), read("bal", "b"), jumpIf(func(r regs) int { return b2i(r["b"] < 0) }, 5), write("bal", func(r regs) int { return r["b"] - 1 }), printS("w1"), unlock("l")},
		{read("bal", "b"), jumpIf(func(r regs) int { return b2i(r["b"] < 0) }, 4), write("bal", func(r regs) int { return r["b"] - 1 }), printS("w2")},
	}, printVars("bal")...),
	{name: "main-no-join", bodies: [][]op{
		{spawn(1), writeC("x", 1), printS("main done")},
		{read("x", "r"), printR("r")},
	}},
	spawnJoin("assert", [][]op{
		{read("c", "r"), write("c", inc("r"))},
		{read("c", "r"), write("c", inc("r"))},
	}, read("c", "r"), assert(regIs("r", 2), "lost update")),
	spawnJoin("two-locks-two-vars", [][]op{
		{lock("a"), read("x", "r"), write("x", inc("r")), unlock("a"), lock("b"), read("y", "r"), write("y", inc("r")), unlock("b")},
		{lock("b"), read("y", "r"), write("y", func(r regs) int { return r["r"] * 2 }), unlock("b"), lock("a"), read("x", "r"), write("x", func(r regs) int { return r["r"] * 2 }), unlock("a")},
	}, printVars("x", "y")...),
	spawnJoin("lock-and-flag", [][]op{
		{lock("l"), writeC("flag", 1), unlock("l"), printS("set")},
		{read("flag", "f"), lock("l"), read("flag", "g"), unlock("l"), printR("f"), printR("g")},
	}),
	{name: "self-deadlock", bodies: [][]op{
		{spawn(1), lock("l"), printS("main")},
		{lock("l"), lock("l"), printS("never")},
	}},
	spawnJoin("lock-late-arrival", [][]op{
		{lock("l"), writeC("x", 1), unlock("l")},
		{writeC("y", 1), lock("l"), read("x", "r"), unlock("l"), printR("r")},
	}),
	{name: "semaphore-handoff", bodies: [][]op{
		{spawn(1), spawn(2), spawn(3), join(1), join(2), join(3)},
		{writeC("x", 1), semRel("s"), printS("p1")},
		{semAcq("s"), read("x", "r"), printR("r")},
		{semAcq("s"), printS("c2")},
	}},
	{name: "semaphore-pool", sems: map[string]int{"s": 2}, bodies: [][]op{
		{spawn(1), spawn(1), spawn(1), join(1), join(2), join(3), printVars("n")[0], printVars("n")[1]},
		{semAcq("s"), read("n", "r"), write("n", inc("r")), semRel("s")},
	}},
	spawnJoin("event-signal", [][]op{
		{writeC("data", 7), setEv("e")},
		{wait("e"), read("data", "d"), printR("d")},
		{read("data", "d"), printR("d"), clearEv("e")},
	}),
	{name: "event-never-set", bodies: [][]op{
		{spawn(1), spawn(2), join(1)},
		{wait("e"), printS("woke")},
		{printS("t2"), setEv("e"), clearEv("e")},
	}},
	spawnJoin("three-locked-writers", [][]op{
		{lock("l"), writeC("x", 1), unlock("l")},
		{lock("l"), writeC("x", 2), unlock("l")},
		{read("x", "r"), printR("r")},
	}, printVars("x")...),
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
