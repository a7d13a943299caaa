package lesson

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const sample = "---\n" +
	"title: Race conditions\n" +
	"order: 1\n" +
	"summary: \"Two threads: one balance.\"\n" +
	"---\n" +
	"# Race conditions\n" +
	"\n" +
	"Some text.\n" +
	"\n" +
	"```python id=race title=\"Deposit and withdraw\" expect=\"ok:-100; ok:0; ok:100\"\n" +
	"balance = 0\n" +
	"```\n" +
	"\n" +
	"```challenge for=race kind=step goal=\"ok:-100\"\n" +
	"Make it end at **-100**.\n" +
	"```\n" +
	"\n" +
	"```python solution-for=race\n" +
	"print(-100)\n" +
	"```\n" +
	"\n" +
	"```python\n" +
	"x = 1\n" +
	"```\n" +
	"\n" +
	"```challenge kind=code goal=\"only ok:0\"\n" +
	"Fix it.\n" +
	"```\n" +
	"\n" +
	"```text\n" +
	"not a scenario\n" +
	"```\n"

func TestParse(t *testing.T) {
	l, err := Parse("lessons/01-race.md", []byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	if l.Name != "01-race" || l.Title != "Race conditions" || l.Order != 1 || l.Summary != "Two threads: one balance." {
		t.Errorf("front matter: %+v", l)
	}
	if l.BodyLine != 6 {
		t.Errorf("BodyLine = %d, want 6", l.BodyLine)
	}
	if len(l.Blocks) != 5 {
		t.Fatalf("%d blocks, want 5", len(l.Blocks))
	}
	if len(l.Scenarios) != 2 {
		t.Fatalf("%d scenarios, want 2", len(l.Scenarios))
	}
	race := l.Scenario("race")
	if race == nil || race.Title != "Deposit and withdraw" || race.Source != "balance = 0\n" || race.Line != 10 {
		t.Errorf("race = %+v", race)
	}
	want := []Outcome{{"ok", "-100", true}, {"ok", "0", true}, {"ok", "100", true}}
	if outs, err := ParseOutcomes(`ok:x\; y; deadlock`); err != nil || len(outs) != 2 || outs[0].Output != "x; y" {
		t.Errorf("escaped semicolon: %v %v", outs, err)
	}
	if !reflect.DeepEqual(race.Expect, want) {
		t.Errorf("expect = %+v", race.Expect)
	}
	if l.Scenarios[1].ID != "s2" {
		t.Errorf("default id = %q, want s2", l.Scenarios[1].ID)
	}
	c := l.Challenges[0]
	if c.For != "race" || c.Kind != "step" || c.Text != "Make it end at **-100**." || c.Goal.Only || c.Goal.String() != "ok:-100" {
		t.Errorf("challenge = %+v", c)
	}
	c2 := l.Challenges[1]
	if c2.For != "s2" || c2.Kind != "code" || !c2.Goal.Only || c2.Goal.String() != "only ok:0" {
		t.Errorf("second challenge = %+v", c2)
	}
	if len(l.Solutions) != 1 || l.Solutions[0].For != "race" || l.Solutions[0].Source != "print(-100)\n" {
		t.Errorf("solutions = %+v", l.Solutions)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, md, want string }{
		{"no front matter", "# hi\n", "no front matter"},
		{"unclosed", "---\ntitle: x\n", "not closed"},
		{"no title", "---\norder: 1\n---\n", "no title"},
		{"bad order", "---\ntitle: x\norder: one\n---\n", "not a whole number"},
		{"dup id", "---\ntitle: x\n---\n```python id=a\n```\n```python id=a\n```\n", "x.md:6: scenario id \"a\" is used twice"},
		{"bad expect", "---\ntitle: x\n---\n```python expect=\"fine:1\"\n```\n", "unknown status"},
		{"bad kind", "---\ntitle: x\n---\n```python id=a\n```\n```challenge for=a kind=dance goal=ok\n```\n", "kind \"dance\""},
		{"no goal", "---\ntitle: x\n---\n```python id=a\n```\n```challenge for=a\n```\n", "without a goal"},
		{"unknown for", "---\ntitle: x\n---\n```python id=a\n```\n```challenge for=b goal=ok\n```\n", "no scenario has that id"},
		{"orphan solution", "---\ntitle: x\n---\n```python solution-for=zz\n```\n", "solution-for=\"zz\""},
		{"bad info", "---\ntitle: x\n---\n```python title=\"open\n```\n", "unterminated"},
	} {
		_, err := Parse("x.md", []byte(tc.md))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want it to mention %q", tc.name, err, tc.want)
		}
	}
}

func TestParseInfo(t *testing.T) {
	lang, attrs, err := ParseInfo(`python id=x title="a \"b\" c" flag expect="ok:1; ok:2"`)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"id": "x", "title": `a "b" c`, "flag": "true", "expect": "ok:1; ok:2"}
	if lang != "python" || !reflect.DeepEqual(attrs, want) {
		t.Errorf("got %q %v", lang, attrs)
	}
	if _, _, err := ParseInfo("python id=1 id=2"); err == nil {
		t.Error("duplicate attribute accepted")
	}
}

func TestOutcomeMatches(t *testing.T) {
	for _, tc := range []struct {
		outcome, status, stdout, stderr string
		want                            bool
	}{
		{"ok:-100", "ok", "-100\n", "", true},
		{"ok:-100", "ok", "100\n", "", false},
		{"ok", "ok", "anything", "", true},
		{"deadlock", "ok", "", "", false},
		{`ok:a\nb`, "ok", "a\nb\n", "", true},
		{`ok:a\; b`, "ok", "a; b\n", "", true},
		{"error:RuntimeError", "error", "", "Traceback...\nRuntimeError: release unlocked lock\n", true},
		{"error:ValueError", "error", "", "Traceback...\nRuntimeError: release unlocked lock\n", false},
	} {
		o, err := ParseOutcome(tc.outcome)
		if err != nil {
			t.Fatal(err)
		}
		if got := o.Matches(tc.status, tc.stdout, tc.stderr); got != tc.want {
			t.Errorf("%s matches (%s, %q, %q) = %v", tc.outcome, tc.status, tc.stdout, tc.stderr, got)
		}
		if back := o.String(); back != tc.outcome {
			t.Errorf("round trip %q -> %q", tc.outcome, back)
		}
	}
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	write := func(name, md string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(md), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.md", "---\ntitle: B\norder: 1\n---\n")
	write("a.md", "---\ntitle: A\norder: 2\n---\n")
	write("c.md", "---\ntitle: C\norder: 1\n---\n")
	write("README.md", "not a lesson")
	ls, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, l := range ls {
		names = append(names, l.Name)
	}
	if strings.Join(names, ",") != "b,c,a" {
		t.Errorf("order = %v", names)
	}
	write("bad.md", "no front matter")
	if _, err := LoadDir(dir); err == nil || !strings.Contains(err.Error(), "bad.md") {
		t.Errorf("err = %v", err)
	}
}
