package explore

import (
	"flag"
	"fmt"
	"slices"
	"testing"
)

var randomOps = flag.Int("random-ops", 3, "maximum operations per worker in TestRandomPrograms")

var randomPrograms = flag.Int("random-programs", 100, "number of random programs TestRandomPrograms checks against naive (25 with -short)")

// genRNG is a tiny deterministic generator for random toy programs.
type genRNG struct{ s uint64 }

func (r *genRNG) intn(n int) int {
	r.s = r.s*6364136223846793005 + 1442695040888963407
	return int((r.s >> 33) % uint64(n))
}

// randomProgram makes a small random program: 2-3 worker threads of 1-4
// operations on two globals, the items of a shared object, up to two locks
// (taken and released in random nesting, so deadlocks happen) and prints;
// sometimes a worker starts and joins a thread of its own, or joins
// another worker (or itself, which blocks forever). Main starts the
// workers, joins some of them and prints the globals.
// Operations: 1 to -random-ops (3) per worker.
//
// With prims, workers also use a semaphore (initially 1) and an event, whose
// operations the toy does not mark (no ownership).
func randomProgram(seed uint64, prims bool) *toyProgram {
	r := &genRNG{s: seed*2654435761 + 1}
	vars := []string{"x", "y", "o.a", "o.b", "o.*"}
	workers := 2 + r.intn(2)
	p := &toyProgram{name: fmt.Sprintf("random-%d-%v", seed, prims), sems: map[string]int{"s": 1}}
	p.bodies = make([][]op, 1+workers)
	extra := -1 // body of a grandchild, if any
	for w := 1; w <= workers; w++ {
		var body []op
		var held []string
		n := 1 + r.intn(*randomOps)
		for i := 0; i < n; i++ {
			switch k := r.intn(10); {
			case k < 3:
				body = append(body, read(vars[r.intn(len(vars))], "r"))
			case k < 6:
				v := vars[r.intn(len(vars))]
				c := r.intn(3)
				body = append(body, write(v, func(rg regs) int { return rg["r"] + c }))
			case k < 8 && prims && r.intn(3) == 0:
				body = append(body, []op{semAcq("s"), semRel("s"), wait("e"), setEv("e"), clearEv("e")}[r.intn(5)])
			case k < 8:
				l := []string{"l", "m"}[r.intn(2)]
				if slices.Contains(held, l) {
					body = append(body, unlock(l))
					held = slices.DeleteFunc(held, func(s string) bool { return s == l })
				} else {
					body = append(body, lock(l))
					held = append(held, l)
				}
			case k < 9:
				body = append(body, printR("r"))
			case k == 9 && w > 1 && r.intn(2) == 0:
				// Ids up to w exist once worker w runs. Joining itself
				// blocks forever.
				body = append(body, join(1+r.intn(w)))
			default:
				if extra < 0 && w == 1 {
					extra = len(p.bodies)
					p.bodies = append(p.bodies, []op{read("x", "r"), writeC("y", 5)})
					body = append(body, spawnR(extra, "c"), joinR("c"))
				} else {
					body = append(body, printS(fmt.Sprint("w", w)))
				}
			}
		}
		for len(held) > 0 && r.intn(4) != 0 { // usually release what is held
			body = append(body, unlock(held[len(held)-1]))
			held = held[:len(held)-1]
		}
		if len(body) == 0 {
			body = append(body, nop())
		}
		p.bodies[w] = body
	}
	var main []op
	for w := 1; w <= workers; w++ {
		main = append(main, spawn(w))
	}
	for w := 1; w <= workers; w++ {
		if r.intn(3) != 0 {
			main = append(main, join(w))
		}
	}
	main = append(main, printVars("x", "y", "o.*")...)
	p.bodies[0] = main
	return p
}

func TestRandomPrograms(t *testing.T) {
	n := *randomPrograms
	if testing.Short() && n > 25 {
		n = 25
	}
	total, totalNaive, compared, redundant := 0, 0, 0, 0
	for seed := uint64(0); compared < n; seed++ {
		prims := seed%3 == 2
		p := randomProgram(seed, prims)
		o := withStrategy(Naive)
		o.MaxExecutions = 2000
		nres, ntr := explore(t, p, o)
		if !nres.Complete {
			continue // too big to check against naive
		}
		compared++
		traces := distinct(ntr.finished())
		totalNaive += nres.Executions
		for _, q := range []*toyProgram{p, p.withoutHints()} {
			res, tr := explore(t, q, DefaultOptions())
			if a, b := outcomeSet(res), outcomeSet(nres); !slices.Equal(a, b) {
				t.Errorf("%s (hints %v): outcomes differ:\n dpor  %v\n naive %v", p.name, !q.noHints, a, b)
			}
			keys := tr.finished()
			if !sameTraces(keys, ntr.finished()) {
				t.Errorf("%s (hints %v): dpor and naive explored different sets of traces", p.name, !q.noHints)
			}
			if distinct(keys) != len(keys) {
				t.Errorf("%s (hints %v): %d executions but %d distinct traces", p.name, !q.noHints, len(keys), distinct(keys))
			}
			if !q.noHints {
				total += res.Executions
				redundant += res.Redundant
				if res.Executions != traces || (res.Redundant != 0 && !prims) {
					t.Errorf("%s: dpor %d executions (%d abandoned) for %d traces", p.name, res.Executions, res.Redundant, traces)
				}
			}
		}
	}
	t.Logf("%d programs: dpor %d executions (%d abandoned), naive %d", compared, total, redundant, totalNaive)
}
