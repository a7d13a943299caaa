package compile

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// codeShape is what the symbol table decides about a code object, in a
// form that CPython's code objects can be compared with.
type codeShape struct {
	QualName  string   `json:"qualname"`
	Name      string   `json:"name"`
	FirstLine int      `json:"firstline"`
	ArgCount  int      `json:"argcount"`
	PosOnly   int      `json:"posonly"`
	KwOnly    int      `json:"kwonly"`
	Params    []string `json:"params"`
	Locals    []string `json:"locals"`
	Cellvars  []string `json:"cellvars"`
	Freevars  []string `json:"freevars"`
	Flags     []string `json:"flags"`
	Names     []string `json:"names"`
	Access    []string `json:"access"`
}

func (s codeShape) String() string {
	b, _ := json.Marshal(s)
	return string(b)
}

func shapes(c *Code, out []codeShape) []codeShape {
	var flags []string
	n := c.ArgCount + c.KwOnlyCount
	if c.Flags&FlagVarargs != 0 {
		flags = append(flags, "varargs")
		n++
	}
	if c.Flags&FlagVarkw != 0 {
		flags = append(flags, "varkw")
		n++
	}
	if c.Flags&FlagGenerator != 0 {
		flags = append(flags, "generator")
	}
	locals := slices.Clone(c.Varnames[n:])
	sort.Strings(locals)
	names := slices.Clone(c.Names)
	sort.Strings(names)
	access := map[string]bool{}
	for _, in := range c.Instrs {
		var name string
		switch in.Op {
		case LOAD_FAST, STORE_FAST, DELETE_FAST:
			name = c.Varnames[in.Arg]
		case LOAD_DEREF, STORE_DEREF, DELETE_DEREF:
			name = append(slices.Clone(c.Cellvars), c.Freevars...)[in.Arg]
		case LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME:
			name = c.Names[in.Arg]
		default:
			continue
		}
		op := in.Op
		if op == LOAD_GLOBAL && name == "__name__" && c.Flags&FlagClassBody != 0 {
			op = LOAD_NAME // CPython's class prologue
		}
		access[op.String()+" "+name] = true
	}
	out = append(out, codeShape{
		QualName: c.QualName, Name: c.Name, FirstLine: int(c.FirstLine),
		ArgCount: c.ArgCount, PosOnly: c.PosOnlyCount, KwOnly: c.KwOnlyCount,
		Params: c.Varnames[:n], Locals: locals,
		Cellvars: c.Cellvars, Freevars: c.Freevars, Flags: flags, Names: names,
		Access: sortedNames(access),
	})
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			out = shapes(sub, out)
		}
	}
	return out
}

func normShapes(list []codeShape) []string {
	var out []string
	for _, s := range list {
		// CPython compiles `import a.b as c` to IMPORT_NAME a.b then
		// IMPORT_FROM b; Lockstep to IMPORT_NAME a.b (leaf): ignore
		// the leaf names of dotted imports.
		var names []string
		for _, n := range s.Names {
			leaf := false
			for _, m := range s.Names {
				if strings.HasSuffix(m, "."+n) {
					leaf = true
				}
			}
			if !leaf {
				names = append(names, n)
			}
		}
		s.Names = names
		for _, p := range []*[]string{&s.Params, &s.Locals, &s.Cellvars, &s.Freevars, &s.Flags, &s.Names, &s.Access} {
			if *p == nil {
				*p = []string{}
			}
		}
		out = append(out, s.String())
	}
	sort.Strings(out)
	return out
}

// TestAgainstCPython compares the symbol table's decisions (parameters,
// locals, cells, free variables, qualified names, first lines, generator
// flags) with CPython 3.11's for every corpus program and scope test, when
// python3.11 is installed.
func TestAgainstCPython(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not installed")
	}
	files := corpusFiles(t)
	more, _ := filepath.Glob("testdata/scopes/*.py")
	files = append(files, more...)
	out, err := exec.Command(py, append([]string{"testdata/cpython_codes.py"}, files...)...).Output()
	if err != nil {
		t.Fatal(err)
	}
	var all map[string][]codeShape
	if err := json.Unmarshal(out, &all); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		want, ok := all[f]
		if !ok {
			if strings.HasPrefix(f, "testdata/") {
				t.Errorf("%s: CPython rejects it", f)
			}
			continue // CPython rejects it
		}
		src, _ := os.ReadFile(f)
		code, err := compileSrc(t, string(src))
		if err != nil {
			if !strings.Contains(err.Error(), "NotImplementedError") {
				t.Errorf("%s: %v", f, err)
			}
			continue
		}
		got := normShapes(shapes(code, nil))
		exp := normShapes(want)
		if !slices.Equal(got, exp) {
			t.Errorf("%s: code shapes differ from CPython:\n%s", f, diffLines(exp, got))
		}
	}
}

// diffLines lists the lines only in want (-) and only in got (+).
func diffLines(want, got []string) string {
	var b strings.Builder
	w, g := map[string]int{}, map[string]int{}
	for _, s := range want {
		w[s]++
	}
	for _, s := range got {
		g[s]++
	}
	for _, s := range want {
		if g[s] < w[s] {
			fmt.Fprintf(&b, "- %s\n", s)
			w[s]--
		}
	}
	for _, s := range got {
		if w[s] < g[s] {
			fmt.Fprintf(&b, "+ %s\n", s)
			g[s]--
		}
	}
	return b.String()
}
