package main

// End-to-end tests: build the site into a temporary directory, serve it on a
// random 127.0.0.1 port, and drive Debian's Chromium with chromedp.
//
// Each page test runs against two back ends:
//   - "mock": the page with web/testdata/mock-worker.js in place of the
//     core's worker (it simulates the balance race), so the page is tested
//     on its own;
//   - "core": the real wasm core. While the core is still the stub that
//     answers "the core is not built yet", these subtests skip.
//
// Screenshots go to $LOCKSTEP_SHOTS (default: a lockstep-shots folder in the
// system's temporary directory).

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

var (
	siteOnce sync.Once
	siteDir  string
	siteRes  *Result
	siteErr  error
)

// testSite builds the site once for all tests, with the lessons of
// testdata/lessons (stable fixtures; the real lessons have their own test).
func testSite(t testing.TB) (string, *Result) {
	t.Helper()
	siteOnce.Do(func() {
		dir, err := os.MkdirTemp("", "lockstep-dist-")
		if err != nil {
			siteErr = err
			return
		}
		siteDir = filepath.Join(dir, "dist")
		siteRes, siteErr = Build(Options{Root: "../..", Out: siteDir, Lessons: "testdata/lessons"})
	})
	if siteErr != nil {
		t.Fatalf("build: %v", siteErr)
	}
	return siteDir, siteRes
}

// cleanups run when all tests are done.
var cleanups []func()

func TestMain(m *testing.M) {
	code := m.Run()
	for _, f := range cleanups {
		f()
	}
	if chromeCancel != nil {
		chromeCancel()
	}
	if siteDir != "" {
		os.RemoveAll(filepath.Dir(siteDir))
	}
	os.Exit(code)
}

var workerPath = regexp.MustCompile(`^/assets/worker\.[A-Za-z0-9]+\.js$`)

// serveSite serves dir on 127.0.0.1; with mock, the core's worker is
// replaced by web/testdata/mock-worker.js.
func serveSite(t testing.TB, dir string, mock bool) string {
	t.Helper()
	h := NewHandler(dir)
	var handler http.Handler = h
	if mock {
		mockJS, err := os.ReadFile("../../web/testdata/mock-worker.js")
		if err != nil {
			t.Fatal(err)
		}
		handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if workerPath.MatchString(r.URL.Path) {
				for _, kv := range SiteHeaders {
					w.Header().Set(kv[0], kv[1])
				}
				w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
				w.Header().Set("Cache-Control", "no-store")
				_, _ = w.Write(mockJS)
				return
			}
			h.ServeHTTP(w, r)
		})
	}
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	return srv.URL
}

// chromiumPath finds Debian's Chromium (installed by `make install-chromium`).
func chromiumPath() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	return ""
}

var (
	chromeOnce   sync.Once
	chromeCtx    context.Context
	chromeCancel context.CancelFunc
	chromeErr    error
)

// sharedChromium starts one headless Chromium for the whole test binary
// (TestMain stops it); each test gets its own browser context in it.
func sharedChromium() (context.Context, error) {
	chromeOnce.Do(func() {
		path := chromiumPath()
		if path == "" {
			chromeErr = errNoChromium
			return
		}
		dir, err := os.MkdirTemp("", "lockstep-chromium-")
		if err != nil {
			chromeErr = err
			return
		}
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(path),
			chromedp.Flag("headless", true),
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.Flag("disable-quic", true),
			chromedp.NoFirstRun,
			chromedp.Flag("no-default-browser-check", true),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("hide-scrollbars", true),
			chromedp.UserDataDir(dir),
			chromedp.WindowSize(1366, 900),
		}
		allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancelCtx := chromedp.NewContext(allocCtx)
		if err := chromedp.Do(ctx); err != nil {
			chromeErr = fmt.Errorf("starting Chromium: %w", err)
		}
		chromeCtx = ctx
		chromeCancel = func() {
			cancelCtx()
			cancelAlloc()
			os.RemoveAll(dir)
		}
	})
	return chromeCtx, chromeErr
}

var errNoChromium = fmt.Errorf("chromium is not installed (make install-chromium installs it)")

// browser returns a tab in a fresh browser context (its own storage and
// cache) of the shared Chromium, with a width×height viewport. Uncaught
// exceptions, console errors and CSP violations fail the test.
func browser(t testing.TB, width, height int) context.Context {
	t.Helper()
	root, err := sharedChromium()
	if err == errNoChromium {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancelCtx := chromedp.NewContext(root, chromedp.WithNewBrowserContext())
	var mu sync.Mutex
	var problems []string
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
			problems = append(problems, "exception: "+msg)
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				problems = append(problems, "console.error: "+strings.Join(parts, " "))
			}
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.EntryLevelError && !strings.Contains(e.Entry.Text+e.Entry.URL, "favicon") {
				problems = append(problems, fmt.Sprintf("log (%s): %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL))
			}
		}
	}); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	if _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); err != nil {
		t.Fatalf("log.enable: %v", err)
	}
	do(t, ctx, chromedp.EmulateViewport(int64(width), int64(height)))
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		for _, p := range problems {
			t.Errorf("page problem: %s", p)
		}
		cancelCtx()
	})
	return ctx
}

// eval evaluates a JavaScript expression (awaiting promises).
func eval[T any](t testing.TB, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// waitFor polls a JavaScript condition until it is truthy.
func waitFor(t testing.TB, ctx context.Context, what, cond string, timeout time.Duration) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, timeout+5*time.Second)
	defer cancel()
	if _, err := chromedp.Run(c, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(timeout), chromedp.WithPollingInterval(25*time.Millisecond))); err != nil {
		shot(t, ctx, "timeout-"+sanitize(t.Name()))
		t.Fatalf("waiting for %s (%s): %v", what, cond, err)
	}
}

func do(t testing.TB, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(c, actions...); err != nil {
		t.Fatal(err)
	}
}

func sanitize(s string) string {
	return regexp.MustCompile(`[^A-Za-z0-9_.-]+`).ReplaceAllString(s, "_")
}

// shot saves a full-page screenshot for a person to look at.
func shot(t testing.TB, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("LOCKSTEP_SHOTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "lockstep-shots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	c, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	b, err := chromedp.Run(c, chromedp.FullScreenshot(100))
	if err != nil {
		t.Logf("screenshot %s: %v", name, err)
		return
	}
	p := filepath.Join(dir, sanitize(name)+".png")
	if err := os.WriteFile(p, b, 0o644); err == nil {
		t.Logf("screenshot: %s", p)
	}
}

// backend runs f against the mock and against the real core (skipped while
// the core is the stub).
func backends(t *testing.T, f func(t *testing.T, base string)) {
	dir, _ := testSite(t)
	for _, mock := range []bool{true, false} {
		name := "core"
		if mock {
			name = "mock"
		}
		t.Run(name, func(t *testing.T) {
			base := serveSite(t, dir, mock)
			if !mock {
				skipIfStub(t, base)
			}
			f(t, base)
		})
	}
}

var (
	stubOnce   sync.Once
	stubReason string
)

// skipIfStub skips when the core still answers "not built yet".
func skipIfStub(t *testing.T, base string) {
	t.Helper()
	stubOnce.Do(func() {
		ctx := browser(t, 800, 600)
		do(t, ctx, chromedp.Navigate(base+"/playground.html"))
		waitFor(t, ctx, "the core", pageReady, 20*time.Second)
		msg := eval[string](t, ctx, `window.lockstep.core.request({type: "run", source: "print(1)", file: "main.py", seed: 1, policy: "random"}).then(r => r.type === "error" ? r.message : "")`)
		if strings.Contains(msg, "not built yet") {
			stubReason = "the core is not built yet (engine.Handle is the stub)"
		}
	})
	if stubReason != "" {
		t.Skip(stubReason)
	}
}

// openLesson opens the race lesson and waits for the core.
func openLesson(t *testing.T, base string, width, height int) context.Context {
	ctx := browser(t, width, height)
	do(t, ctx, chromedp.Navigate(base+"/01-race.html"))
	waitFor(t, ctx, "the core", pageReady, 20*time.Second)
	return ctx
}

const pane = `document.querySelector('.pane:not([hidden])')`

// pageReady: the core is ready and the page has built its panes.
const pageReady = `document.documentElement.dataset.core === "ready" && document.documentElement.dataset.ui === "ready"`

func TestE2ERunShowsOutput(t *testing.T) {
	backends(t, func(t *testing.T, base string) {
		ctx := openLesson(t, base, 1366, 900)
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) [data-action=run]")))
		waitFor(t, ctx, "output", pane+`.querySelector('[data-testid=output]').textContent.trim().length > 0`, 20*time.Second)
		out := eval[string](t, ctx, pane+`.querySelector('[data-testid=output]').textContent.trim()`)
		if out != "-100" && out != "0" && out != "100" {
			t.Errorf("output %q, want -100, 0 or 100", out)
		}
		waitFor(t, ctx, "the timeline", pane+`.querySelector('.timeline:not(.is-empty)') !== null`, 5*time.Second)
		shot(t, ctx, t.Name())
		// "Same seed" runs the same interleaving again: same output, same steps.
		seed := eval[string](t, ctx, pane+`.querySelector('.seed-input').value`)
		steps := eval[int](t, ctx, `window.lockstep.panes[0].trace.steps`)
		eval[bool](t, ctx, `(`+pane+`.querySelector('[data-testid=output]').replaceChildren(), true)`)
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) [data-action=same-seed]")))
		waitFor(t, ctx, "output with the same seed", pane+`.querySelector('[data-testid=output]').textContent.trim() === `+jsString(out), 20*time.Second)
		if got := eval[int](t, ctx, `window.lockstep.panes[0].trace.steps`); got != steps {
			t.Errorf("same seed: %d steps, then %d", steps, got)
		}
		// Ctrl-Enter in the editor runs with a new seed.
		eval[bool](t, ctx, `(`+pane+`.querySelector('[data-testid=output]').replaceChildren(), true)`)
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) .cm-content")), chromedp.KeyEvent("\r", chromedp.KeyModifiers(modCtrl)))
		waitFor(t, ctx, "output after Ctrl-Enter", `/^-?\d+$/.test(document.querySelector('.pane:not([hidden]) [data-testid=output]').textContent.trim())`, 20*time.Second)
		if got := eval[string](t, ctx, pane+`.querySelector('.seed-input').value`); got == seed {
			t.Errorf("Ctrl-Enter kept seed %s", seed)
		}
	})
}

func TestE2EExploreRace(t *testing.T) {
	backends(t, func(t *testing.T, base string) {
		ctx := openLesson(t, base, 1366, 900)
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) [data-action=explore]")))
		waitFor(t, ctx, "outcomes", pane+`.querySelectorAll('[data-testid=outcomes] li').length > 0 || `+pane+`.querySelector('.run-status').textContent.includes('could not answer')`, 60*time.Second)
		if status := eval[string](t, ctx, pane+`.querySelector('.run-status').textContent`); strings.Contains(status, "not available yet") {
			t.Skip("the core says: " + status)
		}
		got := eval[[]string](t, ctx, `[...`+pane+`.querySelectorAll('[data-testid=outcomes] li')].map(li => li.dataset.status + ":" + li.dataset.stdout).sort()`)
		want := []string{"ok:-100", "ok:0", "ok:100"}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("outcomes %v, want %v", got, want)
		}
		// Choosing an outcome loads its run into the timeline and the output.
		do(t, ctx, chromedp.Click(chromedp.CSS(`.pane:not([hidden]) [data-testid=outcomes] li[data-stdout="-100"] button`)))
		waitFor(t, ctx, "the chosen outcome's output", pane+`.querySelector('[data-testid=output]').textContent.trim() === "-100"`, 20*time.Second)
		shot(t, ctx, t.Name())
	})
}

// nextChoice picks the thread to schedule so that the balance race ends at
// -100: both workers read before either writes, and T2 writes last. It
// answers -1 when the program has ended.
const nextChoice = `(() => {
  const r = window.lockstep.panes[0].stepResp;
  if (!r || !r.paused) return -1;
  const en = r.runnable.filter(x => x.enabled !== false);
  const find = (l) => en.find(x => x.label === l);
  const seen = (l) => r.runnable.some(x => x.label === l) || (r.threads || []).some(t => t.label === l);
  const t1 = find("T1"), t2 = find("T2"), main = find("Main");
  if (t1 && !/write/.test(t1.next)) return t1.thread;
  if (t2 && !/write/.test(t2.next)) return t2.thread;
  if (!seen("T2") && main) return main.thread;
  if (t1) return t1.thread;
  if (t2) return t2.thread;
  return en.length ? en[0].thread : -1;
})()`

func TestE2EStepAndUndo(t *testing.T) {
	backends(t, func(t *testing.T, base string) {
		ctx := openLesson(t, base, 1366, 900)
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) [data-action=step]")))
		waitFor(t, ctx, "the scheduler", pane+`.querySelectorAll('.scheduler:not([hidden]) .sched-thread:not([disabled])').length > 0`, 20*time.Second)
		idle := `window.lockstep.panes[0].stepResp && !window.lockstep.panes[0].el.classList.contains('is-busy')`
		// Be the scheduler: make the race end at -100, one click per step.
		clicks := 0
		for ; clicks < 60; clicks++ {
			waitFor(t, ctx, "the scheduler to settle", idle, 20*time.Second)
			choice := eval[int](t, ctx, nextChoice)
			if choice < 0 {
				break
			}
			if clicks == 3 {
				shot(t, ctx, t.Name()+"-choosing")
			}
			sel := fmt.Sprintf(".pane:not([hidden]) .sched-thread[data-thread=\"%d\"]:not([disabled])", choice)
			steps := eval[int](t, ctx, `window.lockstep.panes[0].stepResp.steps`)
			do(t, ctx, chromedp.Click(chromedp.CSS(sel)))
			waitFor(t, ctx, "the step", fmt.Sprintf("window.lockstep.panes[0].stepResp.steps > %d && %s", steps, idle), 20*time.Second)
		}
		out := eval[string](t, ctx, pane+`.querySelector('[data-testid=output]').textContent.trim()`)
		if out != "-100" {
			t.Errorf("scheduled by hand, the program printed %q, want -100", out)
		}
		// The lesson's challenge ("schedule it by hand to print -100") is met.
		waitFor(t, ctx, "the challenge", `document.querySelector('.challenge[data-challenge-for=race]').classList.contains('is-done')`, 5*time.Second)
		shot(t, ctx, t.Name()+"-ended")
		// Undo takes back the last choice.
		choices := eval[int](t, ctx, `window.lockstep.panes[0].choices.length`)
		before := eval[int](t, ctx, `window.lockstep.panes[0].stepResp.steps`)
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) .scheduler .sched-tools .button:first-child")))
		waitFor(t, ctx, "undo", fmt.Sprintf("window.lockstep.panes[0].stepResp.steps < %d && %s", before, idle), 20*time.Second)
		if got := eval[int](t, ctx, `window.lockstep.panes[0].choices.length`); got != choices-1 {
			t.Errorf("choices after undo = %d, want %d", got, choices-1)
		}
		if paused := eval[bool](t, ctx, `window.lockstep.panes[0].stepResp.paused`); !paused {
			t.Error("after undo the program is not paused")
		}
		// The state panel shows the variables at the paused step.
		waitFor(t, ctx, "state panel", pane+`.querySelector('.state-panel .vars') !== null`, 10*time.Second)
		vars := eval[string](t, ctx, pane+`.querySelector('.state-panel .vars').textContent`)
		if !strings.Contains(vars, "balance") {
			t.Errorf("state panel variables %q do not show balance", vars)
		}
	})
}

func TestE2ETimelineClickMovesEditor(t *testing.T) {
	backends(t, func(t *testing.T, base string) {
		ctx := openLesson(t, base, 1366, 900)
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) [data-action=run]")))
		waitFor(t, ctx, "timeline", pane+`.querySelector('.timeline:not(.is-empty)') !== null`, 20*time.Second)
		// Find a step whose event is the read of balance (line 7) and click it.
		target := eval[map[string]float64](t, ctx, `(() => {
			const p = window.lockstep.panes[0];
			const ev = p.trace.events.find(e => e.kind === "read" && e.target === "balance");
			const tl = p.timeline;
			tl.el.scrollIntoView({block: "center"});
			tl.reveal(ev.step, true);
			const r = tl.canvas.getBoundingClientRect();
			const lane = tl.model.laneOf.get(ev.thread);
			return {step: ev.step, line: ev.line, x: r.left + tl.xs[ev.step] - tl.scroller.scrollLeft + tl.stepW / 2, y: r.top + 20 + lane * 26 + 13};
		})()`)
		time.Sleep(100 * time.Millisecond)
		do(t, ctx, chromedp.MouseClickXY(target["x"], target["y"]))
		waitFor(t, ctx, "current step", fmt.Sprintf("window.lockstep.panes[0].timeline.step === %d", int(target["step"])), 5*time.Second)
		line := eval[int](t, ctx, `(() => {
			const el = `+pane+`.querySelector('.cm-thread-line.active');
			if (!el) return -1;
			const lines = [...`+pane+`.querySelectorAll('.cm-content .cm-line')];
			return lines.indexOf(el) + 1;
		})()`)
		if line != int(target["line"]) {
			t.Errorf("editor marks line %d as the active thread's, want %d", line, int(target["line"]))
		}
		// Keyboard: → moves one step.
		do(t, ctx, chromedp.KeyEvent(kbRight))
		waitFor(t, ctx, "→", fmt.Sprintf("window.lockstep.panes[0].timeline.step === %d", int(target["step"])+1), 5*time.Second)
		shot(t, ctx, t.Name())
	})
}

func TestE2ESyntaxErrorMarked(t *testing.T) {
	backends(t, func(t *testing.T, base string) {
		ctx := openLesson(t, base, 1366, 900)
		eval[bool](t, ctx, `window.lockstep.panes[0].editor.setText("import threading\n\nx = = 1\nprint(x)\n") || true`)
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) [data-action=run]")))
		waitFor(t, ctx, "error line", pane+`.querySelector('.cm-error-line') !== null`, 20*time.Second)
		line := eval[int](t, ctx, `[...`+pane+`.querySelectorAll('.cm-content .cm-line')].findIndex(l => l.classList.contains('cm-error-line')) + 1`)
		if line != 3 {
			t.Errorf("error marked on line %d, want 3", line)
		}
		msg := eval[string](t, ctx, pane+`.querySelector('.cm-error-widget').textContent`)
		if !strings.Contains(msg, "SyntaxError") {
			t.Errorf("error widget %q does not say SyntaxError", msg)
		}
		shot(t, ctx, t.Name())
	})
}

func TestE2EStopInfiniteLoop(t *testing.T) {
	backends(t, func(t *testing.T, base string) {
		ctx := openLesson(t, base, 1366, 900)
		original := eval[string](t, ctx, `window.lockstep.panes[0].editor.getText()`)
		// Each pass of this loop takes milliseconds, so the step budget (which
		// would end a bare "while True: pass" on a fast machine before Stop is
		// pressed) is far away.
		eval[bool](t, ctx, `window.lockstep.panes[0].editor.setText("while True:\n    x = 7 ** 300000\n") || true`)
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) [data-action=run]")))
		waitFor(t, ctx, "busy", pane+`.querySelector('[data-action=stop]:not([disabled])') !== null`, 10*time.Second)
		time.Sleep(300 * time.Millisecond)
		// The page still answers while the core is busy.
		if got := eval[int](t, ctx, `1 + 1`); got != 2 {
			t.Fatal("the page is frozen")
		}
		shot(t, ctx, t.Name()+"-busy")
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) [data-action=stop]")))
		waitFor(t, ctx, "stopped", pane+`.querySelector('.run-status').textContent.includes('Stopped')`, 10*time.Second)
		// The page still works: run the original program.
		eval[bool](t, ctx, `window.lockstep.panes[0].editor.setText(`+jsString(original)+`) || true`)
		waitFor(t, ctx, "a fresh core", pageReady, 20*time.Second)
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) [data-action=run]")))
		waitFor(t, ctx, "output after Stop", `/^-?\d+$/.test(document.querySelector('.pane:not([hidden]) [data-testid=output]').textContent.trim())`, 20*time.Second)
	})
}

func TestE2EReloadKeepsEdit(t *testing.T) {
	backends(t, func(t *testing.T, base string) {
		ctx := openLesson(t, base, 1366, 900)
		// Type at the end of the document, as a person would.
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) .cm-content")), chromedp.KeyEvent(kbEnd, chromedp.KeyModifiers(modCtrl)))
		do(t, ctx, chromedp.KeyEvent("\n# my note"))
		waitFor(t, ctx, "edited badge", pane+`.querySelector('.edited-badge:not([hidden])') !== null`, 5*time.Second)
		time.Sleep(400 * time.Millisecond)
		do(t, ctx, chromedp.Reload())
		waitFor(t, ctx, "the core", pageReady, 20*time.Second)
		text := eval[string](t, ctx, `window.lockstep.panes[0].editor.getText()`)
		if !strings.HasSuffix(strings.TrimRight(text, "\n"), "# my note") {
			t.Errorf("after reload the code ends %q", text[max(0, len(text)-40):])
		}
		// Reset to the lesson's code.
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) .pane-head .button")))
		waitFor(t, ctx, "reset", `!window.lockstep.panes[0].editor.getText().includes("# my note")`, 5*time.Second)
	})
}

// TestE2ELayout takes screenshots of every kind of page at a laptop size, on
// a phone, and in dark mode, and checks that nothing overflows sideways.
func TestE2ELayout(t *testing.T) {
	dir, _ := testSite(t)
	base := serveSite(t, dir, true)
	for _, tc := range []struct {
		name          string
		width, height int
		dark          bool
		path          string
	}{
		{"index", 1366, 800, false, "/"},
		{"lesson-laptop", 1366, 800, false, "/01-race.html"},
		{"lesson-tall", 1366, 1400, false, "/01-race.html"},
		{"lesson-dark", 1366, 800, true, "/01-race.html"},
		{"lesson-phone", 390, 844, false, "/01-race.html"},
		{"playground", 1366, 800, false, "/playground.html"},
		{"lesson-without-scenarios", 1366, 800, false, "/02-lock.html"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := browser(t, tc.width, tc.height)
			if tc.dark {
				if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}}); err != nil {
					t.Fatal(err)
				}
			}
			if tc.width < 500 {
				do(t, ctx, chromedp.EmulateViewport(int64(tc.width), int64(tc.height), chromedp.EmulateMobile, chromedp.EmulateScale(2)))
			}
			do(t, ctx, chromedp.Navigate(base+tc.path))
			if strings.Contains(tc.path, "race") || strings.Contains(tc.path, "playground") {
				waitFor(t, ctx, "the core", pageReady, 20*time.Second)
				if strings.Contains(tc.path, "race") {
					do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) [data-action=run]")))
					waitFor(t, ctx, "output", pane+`.querySelector('[data-testid=output]').textContent.trim().length > 0`, 20*time.Second)
				}
			}
			time.Sleep(150 * time.Millisecond)
			overflow := eval[int](t, ctx, `document.documentElement.scrollWidth - document.documentElement.clientWidth`)
			if overflow > 0 {
				t.Errorf("the page overflows sideways by %dpx", overflow)
			}
			shot(t, ctx, "layout-"+tc.name)
		})
	}
}

const (
	modCtrl = chromedp.ModifierCtrl
	kbRight = kb.ArrowRight
	kbEnd   = kb.End
)

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\u2028", `\u2028`, "\u2029", `\u2029`, "<", `\x3c`)
	return `"` + r.Replace(s) + `"`
}

// TestE2ERealLessons opens every page built from the repository's lessons
// (with the mock core) and checks that each scenario became a pane and that
// nothing failed in the page.
func TestE2ERealLessons(t *testing.T) {
	out, res := realSite(t)
	base := serveSite(t, out, true)
	ctx := browser(t, 1366, 800)
	for _, l := range res.Lessons {
		do(t, ctx, chromedp.Navigate(base+"/"+l.Name+".html"))
		if len(l.Scenarios) == 0 {
			continue
		}
		waitFor(t, ctx, l.Name+" panes", fmt.Sprintf(`document.documentElement.dataset.ui === "ready" && window.lockstep.panes.length === %d`, len(l.Scenarios)), 20*time.Second)
		if n := eval[int](t, ctx, `document.querySelectorAll('.workbench .pane').length`); n != len(l.Scenarios) {
			t.Errorf("%s: %d panes in the workbench, want %d", l.Name, n, len(l.Scenarios))
		}
	}
	if len(res.Lessons) > 0 {
		do(t, ctx, chromedp.Navigate(base+"/"+res.Lessons[0].Name+".html"))
		waitFor(t, ctx, "the core", pageReady, 20*time.Second)
		shot(t, ctx, "real-lesson-"+res.Lessons[0].Name)
	}
}

// TestE2EShareLink shares a run at a step and opens the link: the
// playground shows the same code, replays the same run and opens the step.
func TestE2EShareLink(t *testing.T) {
	backends(t, func(t *testing.T, base string) {
		ctx := openLesson(t, base, 1366, 900)
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) [data-action=run]")))
		waitFor(t, ctx, "timeline", pane+`.querySelector('.timeline:not(.is-empty)') !== null`, 20*time.Second)
		step := eval[int](t, ctx, `(window.lockstep.panes[0].timeline.setStep(4), window.lockstep.panes[0].timeline.step)`)
		out := eval[string](t, ctx, pane+`.querySelector('[data-testid=output]').textContent`)
		code := eval[string](t, ctx, `window.lockstep.panes[0].editor.getText()`)
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane:not([hidden]) .pane-tools .button:last-child")))
		waitFor(t, ctx, "share link", pane+`.querySelector('.share-link').value.includes('#v=2')`, 10*time.Second)
		link := eval[string](t, ctx, pane+`.querySelector('.share-link').value`)
		if !strings.Contains(link, "/playground.html#v=2&") || !strings.Contains(link, "schedule=") || !strings.Contains(link, fmt.Sprintf("step=%d", step)) {
			t.Errorf("share link %s", link)
		}
		do(t, ctx, chromedp.Navigate(link))
		waitFor(t, ctx, "the shared run", `window.lockstep && window.lockstep.panes.length && window.lockstep.panes[0].trace && !window.lockstep.panes[0].el.classList.contains('is-busy')`, 20*time.Second)
		if got := eval[string](t, ctx, `window.lockstep.panes[0].editor.getText()`); got != code {
			t.Errorf("shared code differs:\n%s\nwant\n%s", got, code)
		}
		waitFor(t, ctx, "the shared step", fmt.Sprintf(`window.lockstep.panes[0].timeline.step === %d`, step), 10*time.Second)
		if got := eval[string](t, ctx, `document.querySelector('[data-testid=output]').textContent`); got != out {
			t.Errorf("shared run printed %q, want %q", got, out)
		}
		shot(t, ctx, t.Name())
	})
}

// TestE2EEmbedScript puts a <pre data-lockstep> and embed.js on a page and
// checks that the block becomes a working playground.
func TestE2EEmbedScript(t *testing.T) {
	dir, _ := testSite(t)
	page := `<!doctype html><html><head><meta charset="utf-8"><title>Course</title>` +
		`<script src="embed.js" defer></script></head><body><h1>A course page</h1>` +
		`<pre data-lockstep data-autorun="1">print("hello from the course")</pre></body></html>`
	if err := os.WriteFile(filepath.Join(dir, "course-test.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	base := serveSite(t, dir, true)
	ctx := browser(t, 1200, 1000)
	do(t, ctx, chromedp.Navigate(base+"/course-test.html"))
	waitFor(t, ctx, "the iframe", `document.querySelector('iframe') !== null && document.querySelector('pre[data-lockstep]') === null`, 10*time.Second)
	src := eval[string](t, ctx, `document.querySelector('iframe').src`)
	if !strings.Contains(src, "/embed.html?autorun=1#v=2&code=") {
		t.Errorf("iframe src %s", src)
	}
	do(t, ctx, chromedp.Navigate(src))
	waitFor(t, ctx, "the embedded code", `window.lockstep && window.lockstep.panes.length === 1`, 20*time.Second)
	if got := eval[string](t, ctx, `window.lockstep.panes[0].editor.getText()`); got != `print("hello from the course")` {
		t.Errorf("embedded code %q", got)
	}
	waitFor(t, ctx, "autorun", `document.querySelector('[data-testid=output]').textContent.length > 0`, 20*time.Second)
	shot(t, ctx, "embed")
}

// manyInterleavings has far more interleavings than Explore's budget.
const manyInterleavings = `import threading

count = 0

def work():
    global count
    for _ in range(6):
        count += 1

threads = [threading.Thread(target=work) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)
`

// TestE2EExploreCancel cancels a long exploration: the page keeps what was
// found (the core stops at the cancel flag) and stays usable.
func TestE2EExploreCancel(t *testing.T) {
	backends(t, func(t *testing.T, base string) {
		if strings.Contains(t.Name(), "mock") {
			t.Skip("the mock explores only the balance race, in an instant")
		}
		ctx := browser(t, 1366, 900)
		do(t, ctx, chromedp.Navigate(base+"/playground.html"))
		waitFor(t, ctx, "the core", pageReady, 20*time.Second)
		if !eval[bool](t, ctx, `self.crossOriginIsolated`) {
			t.Error("the page is not cross-origin isolated: graceful cancel is unavailable")
		}
		eval[bool](t, ctx, `(window.lockstep.panes[0].editor.setText(`+jsString(manyInterleavings)+`), true)`)
		do(t, ctx, chromedp.Click(chromedp.CSS("[data-action=explore]")))
		waitFor(t, ctx, "progress", `/\d+ runs?/.test(document.querySelector('.explore-counts').textContent)`, 30*time.Second)
		do(t, ctx, chromedp.Click(chromedp.CSS(".explore-bar .button")))
		waitFor(t, ctx, "the cancel", `!document.querySelector('.explore').classList.contains('is-running')`, 10*time.Second)
		summary := eval[string](t, ctx, `document.querySelector('.explore-summary').textContent`)
		if !strings.Contains(summary, "Stopped after") && !strings.Contains(summary, "Cancelled") {
			t.Errorf("after Cancel the summary says %q", summary)
		}
		shot(t, ctx, t.Name())
		// Still usable.
		do(t, ctx, chromedp.Click(chromedp.CSS("[data-action=run]")))
		waitFor(t, ctx, "a run after the cancel", `/^\d+$/.test(document.querySelector('[data-testid=output]').textContent.trim())`, 30*time.Second)
	})
}
