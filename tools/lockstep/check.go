package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"lockstep/tools/internal/lesson"
	"lockstep/wasm/explore"
	"lockstep/wasm/runner"
)

// cmdCheck runs every scenario and challenge of the lessons under Explore
// and reports where a lesson does not behave as its text claims.
func cmdCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", stderr)
	maxExec := fs.Int("max-executions", 200000, "execution budget of each exploration")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	dir := "lessons"
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "lockstep check: expected at most one directory")
		return 2
	}
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	lessons, err := lesson.LoadDir(dir)
	if err != nil {
		fmt.Fprintf(stderr, "lockstep check: %v\n", err)
		return 2
	}
	if len(lessons) == 0 {
		fmt.Fprintf(stderr, "lockstep check: no lessons in %s\n", dir)
		return 2
	}
	failures := 0
	for _, l := range lessons {
		fmt.Fprintf(stdout, "%s (%s)\n", l.Title, l.Name)
		for _, problem := range CheckLesson(l, *maxExec, stdout) {
			failures++
			fmt.Fprintf(stdout, "  FAIL %s\n", problem)
		}
	}
	if failures > 0 {
		fmt.Fprintf(stdout, "\n%d problem(s)\n", failures)
		return 1
	}
	fmt.Fprintln(stdout, "\nevery scenario and challenge behaves as its lesson says")
	return 0
}

// explored is the set of outcomes Explore found for one program.
type explored struct {
	res *explore.Result
}

func exploreSource(name, src string, maxExec int) (*explored, error) {
	prog, cerr := runner.Compile(name, []byte(src))
	if cerr != nil {
		return nil, fmt.Errorf("does not compile: %s", strings.TrimSpace(cerr.Text))
	}
	opts := explore.DefaultOptions()
	opts.MaxExecutions = maxExec
	res, err := runner.Explore(context.Background(), prog, opts)
	if err != nil {
		return nil, err
	}
	if !res.Complete {
		return nil, fmt.Errorf("exploration incomplete after %d executions (%s)", res.Executions, res.Stopped)
	}
	return &explored{res: res}, nil
}

// matching returns the outcome groups that match o.
func (e *explored) matching(o lesson.Outcome) []explore.OutcomeGroup {
	var out []explore.OutcomeGroup
	for _, g := range e.res.Outcomes {
		if o.Matches(g.Status, g.Stdout, g.Stderr) {
			out = append(out, g)
		}
	}
	return out
}

// describe lists the outcomes found, as a lesson would write them.
func (e *explored) describe() string {
	var parts []string
	for _, g := range e.res.Outcomes {
		last := strings.TrimSpace(g.Stdout)
		if i := strings.LastIndexByte(last, '\n'); i >= 0 {
			last = last[i+1:]
		}
		if g.Status == "error" {
			errText := strings.TrimSpace(g.Stderr)
			if i := strings.LastIndexByte(errText, '\n'); i >= 0 {
				errText = errText[i+1:]
			}
			last = errText
		}
		if last == "" {
			parts = append(parts, g.Status)
		} else {
			parts = append(parts, g.Status+":"+last)
		}
	}
	return strings.Join(parts, "; ")
}

// CheckLesson checks one lesson and returns its problems.
func CheckLesson(l *lesson.Lesson, maxExec int, log io.Writer) []string {
	var problems []string
	results := map[string]*explored{}
	for _, sc := range l.Scenarios {
		e, err := exploreSource(l.Name+"/"+sc.ID+".py", sc.Source, maxExec)
		if err != nil {
			problems = append(problems, fmt.Sprintf("scenario %s (line %d): %v", sc.ID, sc.Line, err))
			continue
		}
		results[sc.ID] = e
		// every declared outcome is found
		declared := append(append([]lesson.Outcome(nil), sc.Expect...), sc.ExpectIncludes...)
		for _, o := range declared {
			if len(e.matching(o)) == 0 {
				problems = append(problems, fmt.Sprintf("scenario %s (line %d): declared outcome %s never happens (found: %s)", sc.ID, sc.Line, o, e.describe()))
			}
		}
		// with expect=, nothing else happens
		if len(sc.Expect) > 0 {
			for _, g := range e.res.Outcomes {
				ok := false
				for _, o := range sc.Expect {
					if o.Matches(g.Status, g.Stdout, g.Stderr) {
						ok = true
					}
				}
				if !ok {
					one := &explored{res: &explore.Result{Outcomes: []explore.OutcomeGroup{g}}}
					problems = append(problems, fmt.Sprintf("scenario %s (line %d): undeclared outcome %s (replay: lockstep run --schedule %s)", sc.ID, sc.Line, one.describe(), g.Schedule))
				}
			}
		}
		fmt.Fprintf(log, "  scenario %-22s %d executions, outcomes: %s\n", sc.ID, e.res.Executions, e.describe())
	}
	solutions := map[string]*lesson.Solution{}
	for _, s := range l.Solutions {
		solutions[s.For] = s
	}
	for _, ch := range l.Challenges {
		e := results[ch.For]
		if e == nil {
			if l.Scenario(ch.For) == nil {
				problems = append(problems, fmt.Sprintf("challenge for %s (line %d): no such scenario", ch.For, ch.Line))
			}
			continue
		}
		switch ch.Kind {
		case "step":
			var found []explore.OutcomeGroup
			for _, o := range ch.Goal.Outcomes {
				found = append(found, e.matching(o)...)
			}
			if len(found) == 0 {
				problems = append(problems, fmt.Sprintf("step challenge on %s (line %d): no interleaving reaches %s", ch.For, ch.Line, ch.Goal))
				continue
			}
			fmt.Fprintf(log, "  challenge %-21s solvable: lockstep run --schedule %s\n", ch.For, found[0].Schedule)
		case "code":
			sol := solutions[ch.For]
			if sol == nil {
				problems = append(problems, fmt.Sprintf("code challenge on %s (line %d): no reference solution (python solution-for=%s)", ch.For, ch.Line, ch.For))
				continue
			}
			se, err := exploreSource(l.Name+"/"+ch.For+"-solution.py", sol.Source, maxExec)
			if err != nil {
				problems = append(problems, fmt.Sprintf("solution for %s (line %d): %v", ch.For, sol.Line, err))
				continue
			}
			if !goalMet(ch.Goal, se) {
				problems = append(problems, fmt.Sprintf("solution for %s (line %d) does not meet %s (found: %s)", ch.For, sol.Line, ch.Goal, se.describe()))
				continue
			}
			if goalMet(ch.Goal, e) {
				problems = append(problems, fmt.Sprintf("code challenge on %s (line %d): the unedited scenario already meets %s", ch.For, ch.Line, ch.Goal))
				continue
			}
			fmt.Fprintf(log, "  challenge %-21s solved by the reference edit (%d executions)\n", ch.For, se.res.Executions)
		default:
			problems = append(problems, fmt.Sprintf("challenge on %s (line %d): unknown kind %q", ch.For, ch.Line, ch.Kind))
		}
	}
	return problems
}

// goalMet reports whether an explored program meets a code challenge's
// goal: with "only", every outcome matches; otherwise some outcome does.
func goalMet(g lesson.Goal, e *explored) bool {
	matches := func(gr explore.OutcomeGroup) bool {
		for _, o := range g.Outcomes {
			if o.Matches(gr.Status, gr.Stdout, gr.Stderr) {
				return true
			}
		}
		return false
	}
	if g.Only {
		for _, gr := range e.res.Outcomes {
			if !matches(gr) {
				return false
			}
		}
		return len(e.res.Outcomes) > 0
	}
	for _, gr := range e.res.Outcomes {
		if matches(gr) {
			return true
		}
	}
	return false
}
