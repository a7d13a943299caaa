package main

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// TestBuildRealLessons builds the site from the repository's own lessons
// and checks every page: the CSP, no inline script, every asset it names
// exists, one card per scenario, a goal box per challenge, no solution.
func TestBuildRealLessons(t *testing.T) {
	out, res := realSite(t)
	checkSite(t, out, res)
}

var (
	realOnce sync.Once
	realDir  string
	realRes  *Result
	realErr  error
)

// realSite builds the site from the repository's lessons once for the tests
// that need it.
func realSite(t testing.TB) (string, *Result) {
	t.Helper()
	if _, err := os.Stat("../../lessons"); err != nil {
		t.Skip("no lessons/ yet")
	}
	realOnce.Do(func() {
		dir, err := os.MkdirTemp("", "lockstep-real-")
		if err != nil {
			realErr = err
			return
		}
		cleanups = append(cleanups, func() { os.RemoveAll(dir) })
		realDir = filepath.Join(dir, "dist")
		realRes, realErr = Build(Options{Root: "../..", Out: realDir})
	})
	if realErr != nil {
		t.Fatal(realErr)
	}
	return realDir, realRes
}

// TestBuildFixtureLessons does the same with testdata/lessons.
func TestBuildFixtureLessons(t *testing.T) {
	dir, res := testSite(t)
	checkSite(t, dir, res)
	b, err := os.ReadFile(filepath.Join(dir, "01-race.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, want := range []string{
		`<h1 id="race-conditions">Race conditions</h1>`,
		`<table>`,
		`data-challenge-for="race" data-kind="step" data-goal="ok:-100"`,
		`data-expect="ok:-100; ok:0; ok:100"`,
		`<a class="next" href="02-lock.html" rel="next">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("01-race.html lacks %s", want)
		}
	}
}

var (
	scriptTag = regexp.MustCompile(`<script\b[^>]*>`)
	assetRef  = regexp.MustCompile(`(?:src|href|data-[a-z-]+)="(assets/[^"]+)"`)
)

func checkSite(t *testing.T, dir string, res *Result) {
	t.Helper()
	for _, a := range []string{res.Assets.JS, res.Assets.CSS, res.Assets.Worker, res.Assets.Wasm, res.Assets.WasmExec} {
		if !regexp.MustCompile(`^assets/[a-z_]+\.[A-Za-z0-9]{8,}\.(js|css|wasm)$`).MatchString(a) {
			t.Errorf("asset %q has no content hash", a)
		}
	}
	pages := []string{"index.html", "playground.html", "embed.html", "404.html"}
	for _, l := range res.Lessons {
		pages = append(pages, l.Name+".html")
	}
	for _, p := range pages {
		b, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		page := string(b)
		if !strings.Contains(page, `<meta http-equiv="Content-Security-Policy" content="`+html.EscapeString(MetaCSP)+`">`) &&
			!strings.Contains(page, `<meta http-equiv="Content-Security-Policy" content="`+strings.ReplaceAll(MetaCSP, "'", "&#39;")+`">`) {
			t.Errorf("%s: no CSP meta", p)
		}
		for _, tag := range scriptTag.FindAllString(page, -1) {
			if !strings.Contains(tag, " src=") {
				t.Errorf("%s: inline script %s", p, tag)
			}
		}
		for _, m := range assetRef.FindAllStringSubmatch(page, -1) {
			if _, err := os.Stat(filepath.Join(dir, m[1])); err != nil {
				t.Errorf("%s names %s, which is missing", p, m[1])
			}
		}
	}
	for _, l := range res.Lessons {
		b, _ := os.ReadFile(filepath.Join(dir, l.Name+".html"))
		page := string(b)
		if n := strings.Count(page, `class="scenario-card"`); n != len(l.Scenarios) {
			t.Errorf("%s: %d scenario cards, want %d", l.Name, n, len(l.Scenarios))
		}
		if n := strings.Count(page, `<aside class="challenge"`); n != len(l.Challenges) {
			t.Errorf("%s: %d challenges, want %d", l.Name, n, len(l.Challenges))
		}
		for _, s := range l.Solutions {
			if sc := l.Scenario(s.For); sc != nil && sc.Source == s.Source {
				continue
			}
			if strings.Contains(page, html.EscapeString(strings.TrimSpace(s.Source))) {
				t.Errorf("%s: the solution for %s is published", l.Name, s.For)
			}
		}
		for _, sc := range l.Scenarios {
			if !strings.Contains(page, `data-scenario="`+sc.ID+`"`) {
				t.Errorf("%s: no card for scenario %s", l.Name, sc.ID)
			}
		}
	}
}
