// Package lesson reads Lockstep lessons: Markdown files with a front matter
// header whose fenced code blocks carry the lesson's runnable scenarios, its
// challenges and their hidden reference solutions.
//
// A lesson file looks like this:
//
//	---
//	title: Race conditions
//	order: 1
//	summary: Two threads, one balance, three possible endings.
//	---
//	# Race conditions
//
//	```python id=race title="Deposit and withdraw" expect="ok:-100; ok:0; ok:100"
//	...
//	```
//
//	```challenge for=race kind=step goal="ok:-100"
//	Schedule the threads by hand so that the balance ends at -100.
//	```
//
//	```python solution-for=race
//	...
//	```
//
// Every `python` fence that is not a solution is a scenario (a runnable pane on
// the page). Its attributes are id (defaults to s1, s2, ... in order), title,
// expect (the exact set of outcomes Explore must find) and expect-includes
// (outcomes Explore must find among others). A `challenge` fence states a goal
// for one scenario: kind=step means "reach it by scheduling threads by hand",
// kind=code means "reach it by editing the code". Outcomes are written as
// STATUS[:OUTPUT], see [Outcome].
//
// The site builder renders lessons with this package, and the command line's
// `lockstep check` uses it to verify every declared expectation.
package lesson

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// Lesson is one parsed lesson file.
type Lesson struct {
	// Name is the file name without its directory and ".md", e.g.
	// "01-race-conditions". It names the lesson's page and is stable.
	Name string
	// Title, Summary and Order come from the front matter. Title is required;
	// lessons are listed by Order, then by Name.
	Title   string
	Summary string
	Order   int
	// Meta holds every front matter key, including the ones above.
	Meta map[string]string
	// Body is the Markdown after the front matter; BodyLine is the line of
	// the file on which it starts (1-based).
	Body     []byte
	BodyLine int
	// Blocks lists the recognised fences in document order. Scenarios,
	// Challenges and Solutions index the same blocks by kind.
	Blocks     []*Block
	Scenarios  []*Scenario
	Challenges []*Challenge
	Solutions  []*Solution
}

// Kind tells what a recognised fence is.
type Kind int

// The kinds of fence a lesson may contain.
const (
	KindNone      Kind = iota // any other fence: rendered as plain code
	KindScenario              // ```python ...
	KindChallenge             // ```challenge for=ID ...
	KindSolution              // ```python solution-for=ID
)

// Block is one recognised fence: exactly one of Scenario, Challenge and
// Solution is set, according to Kind.
type Block struct {
	Kind      Kind
	Scenario  *Scenario
	Challenge *Challenge
	Solution  *Solution
}

// Scenario is a runnable program of a lesson.
type Scenario struct {
	ID     string
	Title  string
	Source string
	// Line is the file line of the opening fence (1-based).
	Line int
	// Expect, when not nil, is the exact set of outcomes that exploring the
	// program must find. ExpectIncludes lists outcomes it must find among
	// possibly others.
	Expect         []Outcome
	ExpectIncludes []Outcome
	// Attrs holds every attribute of the fence's info string.
	Attrs map[string]string
}

// Challenge is a goal set for one scenario.
type Challenge struct {
	// For is the id of the scenario the challenge is about.
	For string
	// Kind is "step" (reach the goal by scheduling the threads by hand) or
	// "code" (reach it by editing the program).
	Kind string
	Goal Goal
	// Text is the fence's body: the goal in words, as Markdown.
	Text string
	Line int
}

// Solution is a hidden reference solution to a scenario's challenge. The
// site never publishes it; `lockstep check` runs it against the goal.
type Solution struct {
	For    string
	Source string
	Line   int
}

// Goal is what a challenge asks for. Without Only, reaching any one of the
// Outcomes succeeds (a run that ends so, or an Explore that finds it); with
// Only ("only ok:0"), every outcome that Explore finds must match one of them.
type Goal struct {
	Only     bool
	Outcomes []Outcome
}

// String returns the goal as written in a fence, e.g. "only ok:0".
func (g Goal) String() string {
	s := FormatOutcomes(g.Outcomes)
	if g.Only {
		return "only " + s
	}
	return s
}

// ParseGoal parses a goal: optional "only", then outcomes separated by ";".
func ParseGoal(s string) (Goal, error) {
	var g Goal
	s = strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(s, "only "); ok {
		g.Only = true
		s = rest
	}
	outs, err := ParseOutcomes(s)
	if err != nil {
		return g, err
	}
	if len(outs) == 0 {
		return g, errors.New("empty goal")
	}
	g.Outcomes = outs
	return g, nil
}

// Outcome is how one run of a program ended, as far as a lesson cares:
// its status (ok, error, deadlock, step-limit, livelock) and optionally its
// output. It is written STATUS or STATUS:OUTPUT, e.g. "ok:-100", "deadlock",
// "error:RuntimeError". In OUTPUT, "\n" stands for a line break, "\;" for a
// semicolon (a bare ";" separates outcomes) and "\\" for a backslash.
type Outcome struct {
	Status string
	// Output, when HasOutput, is compared with the last line of the run's
	// standard output (or the whole output, for several lines written with
	// "\n"), leading and trailing white space removed;
	// for status error it must be a prefix of the last line of standard
	// error (the exception line).
	Output    string
	HasOutput bool
}

// knownStatuses are the run statuses of docs/trace.md.
var knownStatuses = map[string]bool{"ok": true, "error": true, "deadlock": true, "step-limit": true, "livelock": true}

// ParseOutcome parses one outcome, e.g. "ok:-100".
func ParseOutcome(s string) (Outcome, error) {
	s = strings.TrimSpace(s)
	status, out, has := strings.Cut(s, ":")
	status = strings.TrimSpace(status)
	if !knownStatuses[status] {
		return Outcome{}, fmt.Errorf("outcome %q: unknown status %q (want ok, error, deadlock, step-limit or livelock)", s, status)
	}
	o := Outcome{Status: status, HasOutput: has}
	if has {
		o.Output = unescape(strings.TrimSpace(out))
	}
	return o, nil
}

// ParseOutcomes parses outcomes separated by ";" (not "\;"). Empty items
// are ignored.
func ParseOutcomes(s string) ([]Outcome, error) {
	var outs []Outcome
	for _, part := range splitOutcomes(s) {
		if strings.TrimSpace(part) == "" {
			continue
		}
		o, err := ParseOutcome(part)
		if err != nil {
			return nil, err
		}
		outs = append(outs, o)
	}
	return outs, nil
}

// splitOutcomes splits at each ";" that no backslash escapes.
func splitOutcomes(s string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case ';':
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

// FormatOutcomes writes outcomes back in the fence syntax, separated by "; ".
func FormatOutcomes(outs []Outcome) string {
	parts := make([]string, len(outs))
	for i, o := range outs {
		parts[i] = o.String()
	}
	return strings.Join(parts, "; ")
}

// String writes the outcome in the fence syntax.
func (o Outcome) String() string {
	if !o.HasOutput {
		return o.Status
	}
	return o.Status + ":" + escape(o.Output)
}

// Matches reports whether a run that ended with status, stdout and stderr
// has this outcome.
func (o Outcome) Matches(status, stdout, stderr string) bool {
	if status != o.Status {
		return false
	}
	if !o.HasOutput {
		return true
	}
	if status == "error" {
		return strings.HasPrefix(lastLine(stderr), o.Output)
	}
	// the last line of the output, so scenarios may print as they go and
	// end with the line that states the outcome
	return lastLine(stdout) == o.Output || strings.TrimSpace(stdout) == o.Output
}

func lastLine(s string) string {
	s = strings.TrimRight(s, " \t\r\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	return strings.TrimSpace(s)
}

func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			switch s[i+1] {
			case 'n':
				b.WriteByte('\n')
				i++
				continue
			case '\\', ';':
				b.WriteByte(s[i+1])
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func escape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`, ";", `\;`).Replace(s)
}

// ParseInfo splits a fence's info string into its language (the first word)
// and its attributes: NAME=VALUE pairs whose VALUE is a bare word or a
// double-quoted string with backslash escapes; a NAME alone means "true".
func ParseInfo(info string) (lang string, attrs map[string]string, err error) {
	attrs = map[string]string{}
	s := strings.TrimSpace(info)
	i := 0
	skipSpace := func() {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
	}
	word := func() string {
		start := i
		for i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '=' {
			i++
		}
		return s[start:i]
	}
	lang = word()
	if i < len(s) && s[i] == '=' {
		return "", nil, fmt.Errorf("info string %q: it must start with a language", info)
	}
	for {
		skipSpace()
		if i >= len(s) {
			return lang, attrs, nil
		}
		name := word()
		if name == "" {
			return "", nil, fmt.Errorf("info string %q: attribute without a name at column %d", info, i+1)
		}
		if _, dup := attrs[name]; dup {
			return "", nil, fmt.Errorf("info string %q: attribute %s given twice", info, name)
		}
		if i >= len(s) || s[i] != '=' {
			attrs[name] = "true"
			continue
		}
		i++ // '='
		if i < len(s) && s[i] == '"' {
			i++
			var b strings.Builder
			closed := false
			for i < len(s) {
				c := s[i]
				i++
				if c == '\\' && i < len(s) {
					b.WriteByte(s[i])
					i++
					continue
				}
				if c == '"' {
					closed = true
					break
				}
				b.WriteByte(c)
			}
			if !closed {
				return "", nil, fmt.Errorf("info string %q: unterminated quoted value of %s", info, name)
			}
			attrs[name] = b.String()
			continue
		}
		start := i
		for i < len(s) && s[i] != ' ' && s[i] != '\t' {
			i++
		}
		attrs[name] = s[start:i]
	}
}

// Classify tells which kind of lesson block a fence with this language and
// these attributes is.
func Classify(lang string, attrs map[string]string) Kind {
	switch {
	case lang == "python" && attrs["solution-for"] != "":
		return KindSolution
	case lang == "python":
		return KindScenario
	case lang == "challenge":
		return KindChallenge
	}
	return KindNone
}

// Markdown returns the goldmark configuration lessons are read with (GFM,
// raw HTML off). The site builder adds its renderers to the same parser, so
// that both see the same fences.
func Markdown() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.GFM))
}

// Parse parses one lesson. name is the file's base name without ".md" (a
// path or ".md" suffix is stripped); it is used in error messages.
func Parse(name string, md []byte) (*Lesson, error) {
	name = strings.TrimSuffix(filepath.Base(name), ".md")
	l := &Lesson{Name: name, Meta: map[string]string{}}
	body, bodyLine, err := splitFrontMatter(md, l.Meta)
	if err != nil {
		return nil, fmt.Errorf("%s.md: %w", name, err)
	}
	l.Body, l.BodyLine = body, bodyLine
	l.Title = l.Meta["title"]
	l.Summary = l.Meta["summary"]
	if l.Title == "" {
		return nil, fmt.Errorf("%s.md: the front matter has no title", name)
	}
	if o, ok := l.Meta["order"]; ok {
		n, err := strconv.Atoi(o)
		if err != nil {
			return nil, fmt.Errorf("%s.md: order %q is not a whole number", name, o)
		}
		l.Order = n
	}

	doc := Markdown().Parser().Parse(text.NewReader(body))
	lineOf := lineIndex(body, bodyLine)
	var errs []error
	fail := func(line int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s.md:%d: %s", name, line, fmt.Sprintf(format, args...)))
	}
	ids := map[string]bool{}
	err = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		fence, ok := n.(*ast.FencedCodeBlock)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		line := fenceLine(fence, body, lineOf)
		info := ""
		if fence.Info != nil {
			info = string(fence.Info.Segment.Value(body))
		}
		lang, attrs, err := ParseInfo(info)
		if err != nil {
			fail(line, "%v", err)
			return ast.WalkContinue, nil
		}
		content := FenceText(fence, body)
		switch Classify(lang, attrs) {
		case KindScenario:
			s := &Scenario{ID: attrs["id"], Title: attrs["title"], Source: content, Line: line, Attrs: attrs}
			if s.ID == "" {
				s.ID = fmt.Sprintf("s%d", len(l.Scenarios)+1)
			}
			if !validID(s.ID) {
				fail(line, "scenario id %q: use letters, digits, - and _", s.ID)
			}
			if ids[s.ID] {
				fail(line, "scenario id %q is used twice", s.ID)
			}
			ids[s.ID] = true
			if v, ok := attrs["expect"]; ok {
				if s.Expect, err = ParseOutcomes(v); err != nil {
					fail(line, "expect: %v", err)
				}
				if s.Expect == nil {
					s.Expect = []Outcome{}
				}
			}
			if v, ok := attrs["expect-includes"]; ok {
				if s.ExpectIncludes, err = ParseOutcomes(v); err != nil {
					fail(line, "expect-includes: %v", err)
				}
			}
			l.Scenarios = append(l.Scenarios, s)
			l.Blocks = append(l.Blocks, &Block{Kind: KindScenario, Scenario: s})
		case KindChallenge:
			c := &Challenge{For: attrs["for"], Kind: attrs["kind"], Text: strings.TrimSpace(content), Line: line}
			if c.Kind == "" {
				c.Kind = "code"
			}
			if c.Kind != "step" && c.Kind != "code" {
				fail(line, "challenge kind %q: want step or code", c.Kind)
			}
			if g, ok := attrs["goal"]; !ok {
				fail(line, "challenge without a goal=")
			} else if c.Goal, err = ParseGoal(g); err != nil {
				fail(line, "goal: %v", err)
			}
			l.Challenges = append(l.Challenges, c)
			l.Blocks = append(l.Blocks, &Block{Kind: KindChallenge, Challenge: c})
		case KindSolution:
			s := &Solution{For: attrs["solution-for"], Source: content, Line: line}
			l.Solutions = append(l.Solutions, s)
			l.Blocks = append(l.Blocks, &Block{Kind: KindSolution, Solution: s})
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		return nil, err
	}
	for _, c := range l.Challenges {
		if c.For == "" {
			if len(l.Scenarios) == 0 {
				fail(c.Line, "challenge without for= and no scenario before it")
				continue
			}
			// Default: the closest scenario before the challenge.
			for _, b := range l.Blocks {
				if b.Kind == KindScenario && b.Scenario.Line < c.Line {
					c.For = b.Scenario.ID
				}
			}
		}
		if !ids[c.For] {
			fail(c.Line, "challenge for=%q: no scenario has that id", c.For)
		}
	}
	for _, s := range l.Solutions {
		if !ids[s.For] {
			fail(s.Line, "solution-for=%q: no scenario has that id", s.For)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return l, nil
}

// Scenario returns the scenario with this id, or nil.
func (l *Lesson) Scenario(id string) *Scenario {
	for _, s := range l.Scenarios {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// LoadDir parses every *.md file of dir and returns the lessons sorted by
// order, then name. A README.md is not a lesson and is skipped.
func LoadDir(dir string) ([]*Lesson, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return nil, err
	}
	var lessons []*Lesson
	var errs []error
	for _, p := range paths {
		if strings.EqualFold(filepath.Base(p), "README.md") {
			continue
		}
		md, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		l, err := Parse(p, md)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		lessons = append(lessons, l)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	sort.SliceStable(lessons, func(i, j int) bool {
		if lessons[i].Order != lessons[j].Order {
			return lessons[i].Order < lessons[j].Order
		}
		return lessons[i].Name < lessons[j].Name
	})
	return lessons, nil
}

// FenceText returns the content of a fenced code block.
func FenceText(fence *ast.FencedCodeBlock, source []byte) string {
	var b bytes.Buffer
	lines := fence.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.Write(seg.Value(source))
	}
	return b.String()
}

func validID(id string) bool {
	for _, r := range id {
		if !(r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return id != ""
}

// splitFrontMatter reads a "---" delimited header of "key: value" lines into
// meta and returns the rest of the file and the line it starts on.
func splitFrontMatter(md []byte, meta map[string]string) ([]byte, int, error) {
	md = bytes.TrimPrefix(md, []byte("\ufeff"))
	md = bytes.ReplaceAll(md, []byte("\r\n"), []byte("\n"))
	if !bytes.HasPrefix(md, []byte("---\n")) {
		return nil, 0, errors.New("no front matter (the file must start with a --- line)")
	}
	rest := md[len("---\n"):]
	line := 2
	for {
		nl := bytes.IndexByte(rest, '\n')
		if nl < 0 {
			return nil, 0, errors.New("the front matter is not closed by a --- line")
		}
		l := string(rest[:nl])
		rest = rest[nl+1:]
		if strings.TrimSpace(l) == "---" {
			return rest, line + 1, nil
		}
		if strings.TrimSpace(l) != "" && !strings.HasPrefix(strings.TrimSpace(l), "#") {
			k, v, ok := strings.Cut(l, ":")
			if !ok {
				return nil, 0, fmt.Errorf("front matter line %d: want key: value", line)
			}
			v = strings.TrimSpace(v)
			if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"') {
				if u, err := strconv.Unquote(v); err == nil {
					v = u
				}
			} else if len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'' {
				v = strings.ReplaceAll(v[1:len(v)-1], "''", "'")
			}
			meta[strings.TrimSpace(k)] = v
		}
		line++
	}
}

// lineIndex returns a function from a byte offset in body to its file line.
func lineIndex(body []byte, first int) func(off int) int {
	return func(off int) int {
		if off > len(body) {
			off = len(body)
		}
		return first + bytes.Count(body[:off], []byte("\n"))
	}
}

// fenceLine finds the file line of a fence's opening line.
func fenceLine(fence *ast.FencedCodeBlock, body []byte, lineOf func(int) int) int {
	if fence.Info != nil {
		return lineOf(fence.Info.Segment.Start)
	}
	if fence.Lines().Len() > 0 {
		return lineOf(fence.Lines().At(0).Start) - 1
	}
	return lineOf(0)
}
