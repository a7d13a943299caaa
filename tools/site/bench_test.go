package main

// Speed benchmarks (`make bench`). They report figures; targets:
//   - first-visit transfer of a lesson page, all files, gzip: ≤ 1.2 MB;
//   - cold load in headless Chromium on localhost to "core ready": median < 500 ms;
//   - a 10,000-step trace draws in < 100 ms, and scrolling redraws in well
//     under a frame (16 ms).

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// BenchmarkTransferSize reports the gzip size of everything a first visit to
// a lesson page downloads: the page, the stylesheet, the script, the worker,
// wasm_exec.js, the core and the icon.
func BenchmarkTransferSize(b *testing.B) {
	dir, res := testSite(b)
	files := []string{"01-race.html", "favicon.svg"}
	for _, f := range res.Files {
		if strings.HasPrefix(f, "assets/") {
			files = append(files, f)
		}
	}
	var total, wasm, js int
	for i := 0; i < b.N; i++ {
		total, wasm, js = 0, 0, 0
		for _, f := range files {
			data, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				b.Fatal(err)
			}
			n := len(gzipBytes(data))
			total += n
			switch f {
			case res.Assets.Wasm:
				wasm = n
			case res.Assets.Worker, res.Assets.WasmExec:
			default:
				if strings.HasSuffix(f, ".js") {
					js += n
				}
			}
		}
	}
	b.ReportMetric(float64(total), "gzip-bytes")
	b.ReportMetric(float64(wasm), "wasm-gzip-bytes")
	b.ReportMetric(float64(js), "js-gzip-bytes")
	if total > 1200*1024 {
		b.Logf("over the 1.2 MB target: %d bytes (wasm %d)", total, wasm)
	}
}

// BenchmarkColdLoad loads the playground with the browser cache disabled
// and reports the median time from navigation start to "core ready".
func BenchmarkColdLoad(b *testing.B) {
	dir, _ := testSite(b)
	base := serveSite(b, dir, false)
	ctx := browser(b, 1366, 800)
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		b.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		b.Fatal(err)
	}
	// Warm the server's gzip cache (a static host serves precompressed files).
	do(b, ctx, chromedp.Navigate(base+"/playground.html"))
	waitFor(b, ctx, "core ready", `window.lockstep && window.lockstep.readyAt > 0`, 20*time.Second)
	var times []float64
	for i := 0; i < b.N; i++ {
		for j := 0; j < 5; j++ {
			do(b, ctx, chromedp.Navigate("about:blank"))
			do(b, ctx, chromedp.Navigate(base+"/playground.html"))
			waitFor(b, ctx, "core ready", `window.lockstep && window.lockstep.readyAt > 0`, 20*time.Second)
			times = append(times, eval[float64](b, ctx, `window.lockstep.readyAt`))
		}
	}
	sort.Float64s(times)
	b.ReportMetric(times[len(times)/2], "ms-to-ready-median")
	b.ReportMetric(times[len(times)-1], "ms-to-ready-max")
}

// timelineBench builds a synthetic trace of n steps over k threads in the
// page and measures the first draw, then a scroll through it.
const timelineBench = `(() => {
  const n = %d, k = 4;
  const threads = [];
  for (let t = 0; t < k; t++) threads.push({id: t, label: t ? "T" + t : "Main", name: "Thread-" + t, created: t ? 2 : 0, states: []});
  const events = [];
  let cur = 0, rnd = 7;
  const next = () => (rnd = (rnd * 1103515245 + 12345) %% 2147483648) / 2147483648;
  const kinds = ["read", "write", "acquire", "release", "print", "notify", "wake"];
  for (let s = 1; s <= n; s++) {
    if (next() < 0.3) cur = Math.floor(next() * k);
    for (let t = 0; t < k; t++) {
      const st = t === cur ? "running" : (next() < 0.05 ? "blocked" : "runnable");
      const list = threads[t].states;
      if (!list.length || list[list.length - 1][1] !== st) list.push([s, st]);
    }
    const kind = kinds[Math.floor(next() * kinds.length)];
    const ev = {step: s, thread: cur, kind, target: "x", value: String(s), line: 1 + (s %% 20), time: s / 1000, text: "T" + cur + " " + kind + " x"};
    if (kind === "wake" && s > 3) ev.cause = s - 2;
    events.push(ev);
  }
  const trace = {type: "trace", status: "ok", steps: n, time: n / 1000, threads, events, stdout: "", stderr: "", schedule: ""};
  const tl = window.lockstep.panes[0].timeline;
  const t0 = performance.now();
  tl.setTrace(trace, 1);
  tl.draw();
  const first = performance.now() - t0;
  tl.zoom(3);
  tl.draw(); // the zoom's one-off layout
  const frames = [];
  const max = tl.scroller.scrollWidth - tl.scroller.clientWidth;
  for (let i = 0; i <= 120; i++) {
    tl.scroller.scrollLeft = (max * i) / 120;
    const a = performance.now();
    tl.draw();
    frames.push(performance.now() - a);
  }
  frames.sort((a, b) => a - b);
  return {first, median: frames[60], worst: frames[frames.length - 1], width: tl.scroller.scrollWidth};
})()`

// BenchmarkTimeline10k draws a 10,000-step trace and scrolls through it.
func BenchmarkTimeline10k(b *testing.B) {
	dir, _ := testSite(b)
	base := serveSite(b, dir, true)
	ctx := browser(b, 1366, 800)
	do(b, ctx, chromedp.Navigate(base+"/playground.html"))
	waitFor(b, ctx, "the page", pageReady, 20*time.Second)
	var first, median, worst []float64
	for i := 0; i < b.N; i++ {
		c, cancel := context.WithTimeout(ctx, 60*time.Second)
		r, err := chromedp.Run(c, chromedp.Evaluate[map[string]float64](fmt.Sprintf(timelineBench, 10000)))
		cancel()
		if err != nil {
			b.Fatal(err)
		}
		first = append(first, r["first"])
		median = append(median, r["median"])
		worst = append(worst, r["worst"])
	}
	shot(b, ctx, "bench-timeline-10k")
	sort.Float64s(first)
	sort.Float64s(median)
	sort.Float64s(worst)
	b.ReportMetric(first[len(first)/2], "ms-first-draw")
	b.ReportMetric(median[len(median)/2], "ms-scroll-frame-median")
	b.ReportMetric(worst[len(worst)-1], "ms-scroll-frame-worst")
}
