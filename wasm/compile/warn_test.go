package compile

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// warningCases are programs with the SyntaxWarnings CPython 3.11 emits
// while compiling them, as "line: message".
var warningCases = []struct {
	src  string
	want []string
}{
	{"x = 1\nif x is 1:\n    pass\n", []string{`2: "is" with a literal. Did you mean "=="?`}},
	{"x = 1\nprint(x is not 'a', x is None, x is ...)\n", []string{`2: "is not" with a literal. Did you mean "!="?`}},
	{"x = 1\ny = x is -1\nz = x is (1, 2)\nw = () is x\n", []string{
		`2: "is" with a literal. Did you mean "=="?`,
		`3: "is" with a literal. Did you mean "=="?`,
		`4: "is" with a literal. Did you mean "=="?`}},
	{"x = 1\ny = x is (x, 1)\nz = x is []\n", nil},
	{"assert (1, 'msg')\nassert ()\n", []string{"1: assertion is always true, perhaps remove parentheses?"}},
	{"def f():\n    return [(1, 2) (3, 4)]\n", []string{"2: 'tuple' object is not callable; perhaps you missed a comma?"}},
	{"x = ['a' 'b' ('c')]\ny = [1 (2)]\nz = f'{1}'()\n", []string{
		"1: 'str' object is not callable; perhaps you missed a comma?",
		"2: 'int' object is not callable; perhaps you missed a comma?",
		"3: 'str' object is not callable; perhaps you missed a comma?"}},
	{"x = 5[0]\ny = {1}[0]\nz = 'abc'[0]\n", []string{
		"1: 'int' object is not subscriptable; perhaps you missed a comma?",
		"2: 'set' object is not subscriptable; perhaps you missed a comma?"}},
	{"x = [1, 2]['a']\ny = (1, 2)[1.5]\nz = [1][True]\nw = 'ab'[None]\nv = [1][1:]\n", []string{
		"1: list indices must be integers or slices, not str; perhaps you missed a comma?",
		"2: tuple indices must be integers or slices, not float; perhaps you missed a comma?",
		"4: str indices must be integers or slices, not NoneType; perhaps you missed a comma?"}},
	{"a = [1]\na['k'] = 1\na['k'] += 1\n", nil},
}

// TestWarnings checks Code.Warnings; when python3.11 is installed, it also
// checks that CPython emits the same warnings.
func TestWarnings(t *testing.T) {
	var srcs []string
	for _, tc := range warningCases {
		srcs = append(srcs, tc.src)
		code, err := compileSrc(t, tc.src)
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		var got []string
		for _, w := range code.Warnings {
			if w.Category != "SyntaxWarning" || w.Filename != "main.py" {
				t.Errorf("%q: warning %+v", tc.src, w)
			}
			got = append(got, fmt.Sprintf("%d: %s", w.Line, w.Msg))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: warnings\n%q\nwant\n%q", tc.src, got, tc.want)
		}
	}
	py, err := exec.LookPath("python3.11")
	if err != nil {
		return
	}
	in, _ := json.Marshal(srcs)
	cmd := exec.Command(py, "-c", `
import json, sys, warnings
out = []
for src in json.load(sys.stdin):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        compile(src, "main.py", "exec")
    out.append(["%d: %s" % (w.lineno, w.message) for w in ws])
json.dump(out, sys.stdout)
`)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var cpython [][]string
	if err := json.Unmarshal(out, &cpython); err != nil {
		t.Fatal(err)
	}
	for i, tc := range warningCases {
		if len(cpython[i]) == 0 && len(tc.want) == 0 {
			continue
		}
		if !slices.Equal(cpython[i], tc.want) {
			t.Errorf("%q: CPython warns\n%q\nthe table\n%q", tc.src, cpython[i], tc.want)
		}
	}
}
