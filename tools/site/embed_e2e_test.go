package main

// End-to-end tests of links and embedding (issue 6): a course page on a
// second origin embeds scenarios with embed.js; links made by the command
// line's code open in the page; links made by the page decode in Go; broken
// and hostile links leave a message and a working page.

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"lockstep/wasm/explore"
	"lockstep/wasm/runner"
	"lockstep/wasm/share"
)

const raceSource = `import threading

balance = 0

def change(delta):
    global balance
    balance += delta

t1 = threading.Thread(target=change, args=(100,))
t2 = threading.Thread(target=change, args=(-100,))
t1.start()
t2.start()
t1.join()
t2.join()
print(balance)
`

// goTool is the go command: $GOROOT/bin/go when GOROOT is set, else go.
func goTool() string {
	if p := filepath.Join(os.Getenv("GOROOT"), "bin", "go"); os.Getenv("GOROOT") != "" && fileExists(p) {
		return p
	}
	return "go"
}

// htmlEscape escapes program text for a <pre> in a test page.
func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// frameEval evaluates expr in an isolated world of the first frame whose URL
// contains urlPart (it sees the frame's DOM, not its scripts' globals).
func frameEval[T any](t testing.TB, ctx context.Context, urlPart, expr string) (T, bool) {
	t.Helper()
	var zero T
	tree, err := chromedp.Call(ctx, page.GetFrameTree, cdp.Empty{})
	if err != nil {
		t.Fatalf("frame tree: %v", err)
	}
	var find func(ft *page.FrameTree) *cdp.Frame
	find = func(ft *page.FrameTree) *cdp.Frame {
		if ft == nil {
			return nil
		}
		if ft.Frame != nil && strings.Contains(ft.Frame.URL, urlPart) {
			return ft.Frame
		}
		for _, c := range ft.ChildFrames {
			if f := find(c); f != nil {
				return f
			}
		}
		return nil
	}
	f := find(tree.FrameTree)
	if f == nil {
		return zero, false
	}
	world, err := chromedp.Call(ctx, page.CreateIsolatedWorld, page.CreateIsolatedWorldParams{FrameID: f.ID, WorldName: "lockstep-test"})
	if err != nil {
		t.Logf("isolated world in %s: %v", f.URL, err)
		return zero, false
	}
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, func(p *runtime.EvaluateParams) { p.ContextID = world.ExecutionContextID }))
	if err != nil {
		t.Logf("evaluate in %s: %v", f.URL, err)
		return zero, false
	}
	return v, true
}

// waitFrame polls a condition in a frame.
func waitFrame(t testing.TB, ctx context.Context, what, urlPart, cond string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if ok, found := frameEval[bool](t, ctx, urlPart, "!!("+cond+")"); found && ok {
			return
		}
		if time.Now().After(deadline) {
			shot(t, ctx, "timeout-"+sanitize(t.Name()))
			t.Fatalf("waiting for %s in the frame %s (%s)", what, urlPart, cond)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestE2EEmbedCoursePage serves a course page from a second origin with the
// script tag and two code blocks (one autoruns Explore) and a
// <lockstep-playground> element: each becomes a frame, Explore lists the
// balance race's three outcomes without a click, and the frames grow to fit.
func TestE2EEmbedCoursePage(t *testing.T) {
	backends(t, func(t *testing.T, base string) {
		course := `<!doctype html><html><head><meta charset="utf-8"><title>A course</title>` +
			`<script src="` + base + `/embed.js" defer></script></head>` +
			`<body style="font-family: sans-serif; max-width: 900px; margin: 20px auto"><h1>A course page</h1>` +
			`<p>The race, explored on load:</p>` +
			`<pre data-lockstep data-autorun="explore" data-title="Race">` + htmlEscape(raceSource) + `</pre>` +
			`<p>Something to run:</p>` +
			`<pre data-lockstep data-autorun="run">print("second block")</pre>` +
			`<p>Read-only, dark:</p>` +
			`<lockstep-playground readonly theme="dark" height="420">print("element")</lockstep-playground>` +
			`<p>The end.</p></body></html>`
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(course))
		}))
		t.Cleanup(srv.Close)
		if strings.HasPrefix(srv.URL, base) || srv.URL == base {
			t.Fatal("the course page must be on a second origin")
		}

		ctx := browser(t, 1200, 900)
		do(t, ctx, chromedp.Navigate(srv.URL+"/course.html"))
		waitFor(t, ctx, "three frames", `document.querySelectorAll('iframe.lockstep-embed').length === 3 && !document.querySelector('pre[data-lockstep]')`, 20*time.Second)
		srcs := eval[[]string](t, ctx, `[...document.querySelectorAll('iframe')].map(f => f.src)`)
		if !strings.Contains(srcs[0], "/embed.html?autorun=explore#v=2&") {
			t.Errorf("first frame %s", srcs[0])
		}
		if !strings.Contains(srcs[2], "readonly") || !strings.Contains(srcs[2], "theme=dark") || !strings.Contains(srcs[2], "height=420") {
			t.Errorf("element's frame %s", srcs[2])
		}
		initial := eval[float64](t, ctx, `document.querySelectorAll('iframe')[0].getBoundingClientRect().height`)

		// Explore ran by itself and lists −100, 0 and 100.
		waitFrame(t, ctx, "the outcomes", "autorun=explore",
			`[...document.querySelectorAll('[data-testid=outcomes] li')].map(li => li.dataset.stdout).sort().join(' ') === '-100 0 100'`,
			60*time.Second)
		// The frame grew to fit its content: its height follows the page inside.
		var inner, outer float64
		for deadline := time.Now().Add(20 * time.Second); ; {
			inner, _ = frameEval[float64](t, ctx, "autorun=explore", `document.getElementById('main').getBoundingClientRect().height`)
			outer = eval[float64](t, ctx, `document.querySelectorAll('iframe')[0].getBoundingClientRect().height`)
			if outer > initial+20 && outer >= inner && outer <= inner+10 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("first frame is %.0f px high (at first %.0f) for %.0f px of content", outer, initial, inner)
			}
			time.Sleep(100 * time.Millisecond)
		}
		// The second block ran; its frame also fits.
		want := "second block"
		if strings.HasSuffix(t.Name(), "mock") {
			want = "" // the mock only knows the balance race
		}
		waitFrame(t, ctx, "the second block's output", `autorun=run`, `document.querySelector('[data-testid=output]') && document.querySelector('[data-testid=output]').textContent.trim() && document.querySelector('[data-testid=output]').textContent.includes(`+jsString(want)+`)`, 30*time.Second)
		// The element: read-only, dark, fixed height, "Open in Lockstep".
		if h := eval[float64](t, ctx, `document.querySelectorAll('iframe')[2].getBoundingClientRect().height`); h < 415 || h > 430 {
			t.Errorf("fixed-height frame is %.0f px high, want 420", h)
		}
		waitFrame(t, ctx, "the element's pane", "theme=dark", `document.querySelector('.cm-content')`, 30*time.Second)
		if ro, _ := frameEval[string](t, ctx, "theme=dark", `document.querySelector('.cm-content').getAttribute('aria-readonly') + ' ' + document.documentElement.dataset.theme`); ro != "true dark" {
			t.Errorf("element frame: aria-readonly and theme = %q", ro)
		}
		href, _ := frameEval[string](t, ctx, "autorun=explore", `document.querySelector('[data-testid=open-in-lockstep]').href`)
		if !strings.Contains(href, "/playground.html#v=2&") {
			t.Errorf("Open in Lockstep links to %q", href)
		} else if l, err := share.Decode(href); err != nil || strings.TrimSpace(l.Code) != strings.TrimSpace(raceSource) {
			t.Errorf("Open in Lockstep's link decodes to %q, %v", l.Code, err)
		}
		viewShot(t, ctx, t.Name(), 1200, 2200)
		if h := eval[float64](t, ctx, `document.querySelectorAll('iframe')[0].getBoundingClientRect().height`); h > outer+40 {
			t.Errorf("after a taller viewport the first frame is %.0f px high, was %.0f", h, outer)
		}
	})
}

// TestE2ECLILinkOpens makes a link with `go run ./tools/lockstep share
// --schedule S --step N` (a schedule found by runner.Explore) and opens it:
// the playground shows that exact run at that step.
func TestE2ECLILinkOpens(t *testing.T) {
	dir, _ := testSite(t)
	base := serveSite(t, dir, false)
	skipIfStub(t, base)

	prog, cerr := runner.Compile("main.py", []byte(raceSource))
	if cerr != nil {
		t.Fatal(cerr.Text)
	}
	res, err := runner.Explore(context.Background(), prog, explore.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	schedule := ""
	for _, o := range res.Outcomes {
		if strings.TrimSpace(o.Stdout) == "-100" {
			schedule = o.Schedule
		}
	}
	if schedule == "" {
		t.Fatalf("no schedule prints -100 among %d outcomes", len(res.Outcomes))
	}
	run, err := runner.Run(prog, runner.Config{Schedule: schedule, MaxSteps: 100000, Trace: true})
	if err != nil {
		t.Fatal(err)
	}
	step := run.Steps / 2
	if step < 2 {
		t.Fatalf("the run has %d steps", run.Steps)
	}
	file := filepath.Join(t.TempDir(), "race.py")
	if err := os.WriteFile(file, []byte(raceSource), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goTool(), "run", "./tools/lockstep", "share", "--schedule", schedule, "--step", strconv.Itoa(step), file)
	cmd.Dir = "../.."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("lockstep share: %v\n%s", err, out)
	}
	fragment := strings.TrimSpace(string(out))
	if want := share.Encode(share.Link{Code: raceSource, Schedule: schedule, Step: step}); fragment != want {
		t.Errorf("lockstep share printed %q, want %q", fragment, want)
	}

	ctx := browser(t, 1366, 900)
	do(t, ctx, chromedp.Navigate(base+"/playground.html#"+fragment))
	waitFor(t, ctx, "the shared run", `window.lockstep && window.lockstep.panes.length && window.lockstep.panes[0].trace && !window.lockstep.panes[0].el.classList.contains('is-busy')`, 30*time.Second)
	if got := eval[string](t, ctx, `window.lockstep.panes[0].editor.getText()`); got != raceSource {
		t.Errorf("code from the link:\n%s", got)
	}
	waitFor(t, ctx, "the step", fmt.Sprintf(`window.lockstep.panes[0].timeline.step === %d`, step), 10*time.Second)
	if got := eval[string](t, ctx, `window.lockstep.panes[0].trace.schedule`); got != schedule {
		t.Errorf("replayed schedule %q, want %q", got, schedule)
	}
	if got := eval[string](t, ctx, `document.querySelector('[data-testid=output]').textContent`); !strings.Contains(got, "-100") || strings.TrimSpace(got) != strings.TrimSpace(run.Stdout) {
		t.Errorf("the page printed %q, the schedule prints %q", got, run.Stdout)
	}
	if got := eval[int](t, ctx, `window.lockstep.panes[0].trace.steps`); got != run.Steps {
		t.Errorf("the page's run has %d steps, the CLI's %d", got, run.Steps)
	}
	if msg := eval[string](t, ctx, `(document.querySelector('[data-testid=link-message]') || {}).textContent || ''`); !strings.Contains(msg, "Code from a link") {
		t.Errorf("link notice %q", msg)
	}
	shot(t, ctx, t.Name())
}

// TestE2EPageLinkDecodesInGo clicks Share after a run and decodes the link
// the page shows with wasm/share.Decode.
func TestE2EPageLinkDecodesInGo(t *testing.T) {
	backends(t, func(t *testing.T, base string) {
		ctx := browser(t, 1366, 900)
		do(t, ctx, chromedp.Navigate(base+"/playground.html"))
		waitFor(t, ctx, "the core", pageReady, 30*time.Second)
		// Longer than 200 bytes, with non-ASCII text: the compressed form.
		code := raceSource + "# « déjà vu » — " + strings.Repeat("x", 40) + "\n"
		eval[bool](t, ctx, `(window.lockstep.panes[0].editor.setText(`+jsString(code)+`), true)`)
		do(t, ctx, chromedp.Click(chromedp.CSS("[data-action=run]")))
		waitFor(t, ctx, "a run", `window.lockstep.panes[0].trace && window.lockstep.panes[0].trace.schedule && !window.lockstep.panes[0].el.classList.contains('is-busy')`, 30*time.Second)
		step := eval[int](t, ctx, `(window.lockstep.panes[0].timeline.setStep(3), window.lockstep.panes[0].timeline.step)`)
		schedule := eval[string](t, ctx, `window.lockstep.panes[0].trace.schedule`)
		do(t, ctx, chromedp.Click(chromedp.CSS(".pane .pane-tools .button:last-child")))
		waitFor(t, ctx, "the share link", `document.querySelector('.share-link').value.includes('#v=2')`, 10*time.Second)
		link := eval[string](t, ctx, `document.querySelector('.share-link').value`)
		note := eval[string](t, ctx, `document.querySelector('.share-note').textContent`)
		if !strings.Contains(note, "copied") && !strings.Contains(note, "Copy the link") {
			t.Errorf("share note %q", note)
		}
		l, err := share.Decode(link)
		if err != nil {
			t.Fatalf("Decode(%s): %v", link, err)
		}
		if l.Code != code || l.Schedule != schedule || l.Step != step {
			t.Errorf("decoded %+v; want the code, schedule %q, step %d", l, schedule, step)
		}
		if !strings.Contains(link, "&z=") {
			t.Errorf("a %d-byte program should be compressed: %s", len(code), link)
		}
		if len(link) > 2000 {
			t.Errorf("link of %d characters", len(link))
		}
	})
}

// TestE2EBadLinks opens damaged, future, hostile and huge links: each shows
// a message (or, for the hostile code, just text in the editor), the page
// works, and nothing from the link becomes HTML.
func TestE2EBadLinks(t *testing.T) {
	hostile := `print("<img src=x onerror=window.pwned=1>")` + "\n# <script>window.pwned=2</script>\n"
	good := share.Encode(share.Link{Code: raceSource + strings.Repeat("# padding to compress\n", 4)})
	if !strings.Contains(good, "z=") {
		t.Fatal("want a compressed link to damage")
	}
	withStep := share.Encode(share.Link{Code: raceSource, Schedule: "BDCAB", Step: 12})
	huge := make([]byte, 300<<10)
	for i := range huge {
		huge[i] = '#'
	}
	cases := []struct {
		name, fragment, message string
		page                    string
	}{
		{"truncated", good[:len(good)*2/3], "cut short", "playground.html"},
		{"corrupt", strings.Replace(good, "z=", "z=!!~~", 1), "damaged", "playground.html"},
		{"future", "v=9&code=" + strings.TrimPrefix(share.Encode(share.Link{Code: "print(1)"}), "v=2&code="), "newer version", "playground.html"},
		// Cut inside the step: before the checksum, this opened at step 1.
		{"truncated-step", withStep[:strings.Index(withStep, "&crc=")-1], "cut short", "playground.html"},
		{"truncated-embed", good[:len(good)/2], "cut short", "embed.html"},
		{"checksum", strings.Replace(good, "&crc=", "&crc=0", 1)[:len(good)], "damaged", "playground.html"},
		{"huge", share.Encode(share.Link{Code: string(huge)}), "too large", "playground.html"},
		{"hostile", share.Encode(share.Link{Code: hostile}), "", "playground.html"},
		{"corrupt-embed", "v=1&code=%%%", "damaged", "embed.html"},
		{"hostile-embed", share.Encode(share.Link{Code: hostile}), "", "embed.html"},
	}
	backends(t, func(t *testing.T, base string) {
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				ctx := browser(t, 1200, 900)
				do(t, ctx, chromedp.Navigate(base+"/"+tc.page+"#"+tc.fragment))
				waitFor(t, ctx, "the page", pageReady, 30*time.Second)
				msg := eval[string](t, ctx, `(document.querySelector('[data-testid=link-message]') || {}).textContent || ''`)
				text := eval[string](t, ctx, `window.lockstep.panes[0].editor.getText()`)
				if tc.message != "" {
					if !strings.Contains(msg, tc.message) || !strings.Contains(msg, "could not be opened") {
						t.Errorf("message %q, want one about %q", msg, tc.message)
					}
					if eval[string](t, ctx, `document.querySelector('[data-testid=link-message]').getAttribute('role')`) != "alert" {
						t.Error("the message is not an alert")
					}
				} else if text != hostile {
					t.Errorf("hostile code shown as %q", text)
				}
				if got := eval[string](t, ctx, `[...document.querySelectorAll('img:not(.cm-widgetBuffer), iframe, object, embed, main script, .pane script, [onerror]')].map(e => e.outerHTML).join(' ')`); got != "" {
					t.Errorf("elements injected: %s", got)
				}
				if eval[bool](t, ctx, `'pwned' in window`) {
					t.Error("the link's code ran as script")
				}
				// The page works: run something (the mock prints the balance
				// race's result whatever the code).
				want := "42"
				if strings.Contains(t.Name(), "mock") {
					want = ""
				}
				eval[bool](t, ctx, `(window.lockstep.panes[0].editor.setText('print(6 * 7)'), true)`)
				do(t, ctx, chromedp.Click(chromedp.CSS("[data-action=run]")))
				waitFor(t, ctx, "a run", `window.lockstep.panes[0].trace && document.querySelector('[data-testid=output]').textContent.includes(`+jsString(want)+`)`, 30*time.Second)
				if eval[bool](t, ctx, `'pwned' in window`) {
					t.Error("the link's code ran as script")
				}
				shot(t, ctx, t.Name())
			})
		}
	})
}

// TestE2ELinkKeepsSavedWork: a learner's saved playground code survives
// opening a link; replacing it takes a click and a confirmation.
func TestE2ELinkKeepsSavedWork(t *testing.T) {
	dir, _ := testSite(t)
	base := serveSite(t, dir, true)
	ctx := browser(t, 1366, 900)
	do(t, ctx, chromedp.Navigate(base+"/playground.html"))
	waitFor(t, ctx, "the core", pageReady, 30*time.Second)
	eval[bool](t, ctx, `(window.lockstep.panes[0].editor.setText('print("mine")'), window.lockstep.panes[0].flush(), true)`)
	// Let the debounced save happen too.
	time.Sleep(500 * time.Millisecond)
	do(t, ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(base+"/playground.html#"+share.Encode(share.Link{Code: `print("theirs")`})))
	waitFor(t, ctx, "the link's page", pageReady, 30*time.Second)
	if got := eval[string](t, ctx, `window.lockstep.panes[0].editor.getText()`); got != `print("theirs")` {
		t.Fatalf("the link opened %q", got)
	}
	msg := eval[string](t, ctx, `document.querySelector('[data-testid=link-message]').textContent`)
	if !strings.Contains(msg, "Your own saved code is kept") {
		t.Errorf("message %q", msg)
	}
	shot(t, ctx, t.Name())
	// Edits to the link's code are not saved over the learner's.
	eval[bool](t, ctx, `(window.lockstep.panes[0].editor.setText('print("theirs, edited")'), window.lockstep.panes[0].flush(), true)`)
	time.Sleep(500 * time.Millisecond)
	do(t, ctx, chromedp.Navigate(base+"/playground.html"))
	waitFor(t, ctx, "the playground", pageReady, 30*time.Second)
	if got := eval[string](t, ctx, `window.lockstep.panes[0].editor.getText()`); got != `print("mine")` {
		t.Errorf("after the link the playground has %q, want the learner's code", got)
	}
	// Saving the link's code asks first.
	do(t, ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(base+"/playground.html#"+share.Encode(share.Link{Code: `print("theirs")`})))
	waitFor(t, ctx, "the link's page", pageReady, 30*time.Second)
	eval[bool](t, ctx, `(window.confirm = () => (window.asked = true, true), true)`)
	do(t, ctx, chromedp.Click(chromedp.CSS("[data-testid=link-message] button.button")))
	if !eval[bool](t, ctx, `window.asked === true`) {
		t.Error("replacing saved work did not ask")
	}
	do(t, ctx, chromedp.Navigate(base+"/playground.html"))
	waitFor(t, ctx, "the playground", pageReady, 30*time.Second)
	if got := eval[string](t, ctx, `window.lockstep.panes[0].editor.getText()`); got != `print("theirs")` {
		t.Errorf("after saving, the playground has %q", got)
	}
}

// viewShot saves a screenshot of a width×height viewport (FullScreenshot
// resizes the page while it captures, which the frames would follow).
func viewShot(t testing.TB, ctx context.Context, name string, width, height int) {
	t.Helper()
	do(t, ctx, chromedp.EmulateViewport(int64(width), int64(height)))
	time.Sleep(500 * time.Millisecond)
	dir := os.Getenv("LOCKSTEP_SHOTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "lockstep-shots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	b, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Logf("screenshot %s: %v", name, err)
		return
	}
	p := filepath.Join(dir, sanitize(name)+".png")
	if err := os.WriteFile(p, b, 0o644); err == nil {
		t.Logf("screenshot: %s", p)
	}
}

// TestE2EAuthorsPage: the page for course authors is built, linked from the
// header, and explains embedding, links and lessons.
func TestE2EAuthorsPage(t *testing.T) {
	dir, _ := testSite(t)
	base := serveSite(t, dir, true)
	ctx := browser(t, 1200, 900)
	do(t, ctx, chromedp.Navigate(base+"/playground.html"))
	waitFor(t, ctx, "the header link", `document.querySelector('.site-nav a[href="authors.html"]') !== null`, 10*time.Second)
	do(t, ctx, chromedp.Navigate(base+"/authors.html"))
	waitFor(t, ctx, "the page", `document.querySelector('article.prose h1') !== null`, 10*time.Second)
	headings := eval[string](t, ctx, `[...document.querySelectorAll('h1, h2')].map(h => h.textContent).join(' | ')`)
	for _, want := range []string{"For course authors", "Embed with one script tag", "Make links", "Write a lesson"} {
		if !strings.Contains(headings, want) {
			t.Errorf("headings %q lack %q", headings, want)
		}
	}
	if eval[string](t, ctx, `document.title`) != "For course authors · Lockstep" {
		t.Errorf("title %q", eval[string](t, ctx, `document.title`))
	}
	shot(t, ctx, t.Name())
}

// TestE2EEmbedForcedTheme opens embed.html?theme=dark in a browser that
// prefers light, and theme=light in one that prefers dark: the page, the
// editor's syntax colours, the thread chips and the timeline's lanes all
// follow the forced theme.
func TestE2EEmbedForcedTheme(t *testing.T) {
	dir, _ := testSite(t)
	base := serveSite(t, dir, true)
	frag := share.Encode(share.Link{Code: raceSource + "print(\"done\")  # a comment\n"})
	for _, tc := range []struct {
		prefers, theme      string
		bg, keyword, string string
		lane, notLane       string // T1's lane colour in the timeline, and the other theme's
	}{
		{"light", "dark", "rgb(20, 23, 29)", "rgb(199, 146, 234)", "rgb(158, 206, 106)", "79,168,232", "0,119,187"},
		{"dark", "light", "rgb(251, 250, 247)", "rgb(138, 43, 226)", "rgb(10, 122, 82)", "0,119,187", "79,168,232"},
	} {
		t.Run(tc.theme, func(t *testing.T) {
			ctx := browser(t, 1000, 800)
			if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: tc.prefers}},
			}); err != nil {
				t.Fatal(err)
			}
			do(t, ctx, chromedp.Navigate(base+"/embed.html?autorun=run&theme="+tc.theme+"#"+frag))
			waitFor(t, ctx, "the run", pageReady+` && window.lockstep.panes[0].trace && !window.lockstep.panes[0].el.classList.contains('is-busy') && !!document.querySelector('.cm-content .tok-string')`, 30*time.Second)
			got := eval[[]string](t, ctx, `[getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.cm-content .tok-keyword')).color, getComputedStyle(document.querySelector('.cm-content .tok-string')).color]`)
			if want := []string{tc.bg, tc.keyword, tc.string}; strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("background, keyword, string colours %q, want %q", got, want)
			}
			// The timeline's canvas: which thread colours it painted.
			lanes := eval[map[string]bool](t, ctx, `(() => {
  const c = document.querySelector('.timeline canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  const seen = {};
  for (let i = 0; i < d.length; i += 4) seen[d[i] + ',' + d[i + 1] + ',' + d[i + 2]] = true;
  return {want: !!seen[`+jsString(tc.lane)+`], other: !!seen[`+jsString(tc.notLane)+`]};
})()`)
			if !lanes["want"] || lanes["other"] {
				t.Errorf("timeline lanes: %s painted %v, %s painted %v", tc.lane, lanes["want"], tc.notLane, lanes["other"])
			}
			viewShot(t, ctx, t.Name(), 1000, 800)
		})
	}
}
