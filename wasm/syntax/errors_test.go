package syntax

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// splitCases splits a file into `#### name` sections.
func splitCases(t *testing.T, file string) (names []string, bodies map[string]string) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	bodies = map[string]string{}
	var cur string
	var lines []string
	flush := func() {
		if cur != "" {
			for len(lines) > 0 && lines[len(lines)-1] == "" {
				lines = lines[:len(lines)-1]
			}
			bodies[cur] = strings.Join(lines, "\n") + "\n"
		}
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "#### ") {
			flush()
			cur, lines = line[5:], nil
			names = append(names, cur)
			continue
		}
		lines = append(lines, line)
	}
	flush()
	return names, bodies
}

// TestErrorsVsCPython checks the message, position and caret display of
// each broken snippet of testdata/errors.txt against what CPython 3.11
// prints (testdata/errors.golden, made by testdata/gen_errors.py).
func TestErrorsVsCPython(t *testing.T) {
	names, srcs := splitCases(t, "testdata/errors.txt")
	_, golden := splitCases(t, "testdata/errors.golden")
	for _, name := range names {
		want, ok := golden[name]
		if !ok {
			t.Errorf("%s: no golden output; run testdata/gen_errors.py", name)
			continue
		}
		_, err := Parse("main.py", []byte(srcs[name]))
		got := "(no error)\n"
		if err != nil {
			got = err.(*Error).Format()
		}
		if got != want {
			t.Errorf("%s:\n%s\n--- got:\n%s--- want (CPython):\n%s", name, srcs[name], got, want)
		}
	}
}

// TestMutantsVsCPython compares errors with CPython's on JSON lines
// {"src", "type", "msg", "lineno", "offset", "end_lineno", "end_offset"}
// recording what CPython 3.11's compile() reported for programs of the
// corpus broken at random. testdata/mutants.jsonl is a regression set of
// such programs; $SYNTAX_MUTANTS names another file to compare with, for
// differential testing on fresh mutants.
func TestMutantsVsCPython(t *testing.T) {
	file := os.Getenv("SYNTAX_MUTANTS")
	if file == "" {
		file = "testdata/mutants.jsonl"
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	bad, total := 0, 0
	seen := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var c struct {
			Src, Type, Msg                       string
			Lineno, Offset, EndLineno, EndOffset int32
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatal(err)
		}
		total++
		_, perr := Parse("main.py", []byte(c.Src))
		e, _ := perr.(*Error)
		got := "(no error)"
		if e != nil {
			got = fmt.Sprintf("%s: %s @%d:%d", e.Type, e.Msg, e.Pos.Line, e.Pos.Col)
		}
		want := fmt.Sprintf("%s: %s @%d:%d", c.Type, c.Msg, c.Lineno, c.Offset)
		if got != want {
			bad++
			key := c.Msg
			if e != nil {
				key += " / " + e.Msg
			}
			if !seen[key] || testing.Verbose() {
				seen[key] = true
				t.Errorf("%q\n got %s\nwant %s", c.Src, got, want)
			}
		}
	}
	t.Logf("%d of %d differ", bad, total)
}
