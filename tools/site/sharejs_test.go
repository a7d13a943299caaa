package main

// The page's share.js, run in Chromium: links cut at every position or
// damaged anywhere never open as a program other than the one encoded, and
// share.js and Go's wasm/share write the same fragment.

import (
	"encoding/json"
	"fmt"
	"hash/crc32"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/evanw/esbuild/pkg/api"

	"lockstep/wasm/share"
)

// shareJS bundles web/src/share.js as a script defining the global shareJS.
func shareJS(t *testing.T) string {
	t.Helper()
	r := api.Build(api.BuildOptions{
		AbsWorkingDir: mustAbs(t, "../../web"),
		EntryPoints:   []string{"src/share.js"},
		Bundle:        true,
		Format:        api.FormatIIFE,
		GlobalName:    "shareJS",
		Target:        api.ES2020,
		Write:         false,
		LogLevel:      api.LogLevelSilent,
	})
	if len(r.Errors) > 0 || len(r.OutputFiles) != 1 {
		t.Fatalf("esbuild: %v", api.FormatMessages(r.Errors, api.FormatMessagesOptions{Kind: api.ErrorMessage}))
	}
	return string(r.OutputFiles[0].Contents)
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	dir, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestE2EShareJSCutAnywhere cuts links (made by share.js and by Go) at every
// position and damages them at every position: share.js reports every cut as
// cut short and never opens a program other than the encoded one.
func TestE2EShareJSCutAnywhere(t *testing.T) {
	src := shareJS(t)
	ctx := browser(t, 800, 600)
	do(t, ctx, chromedp.Navigate("about:blank"))
	eval[bool](t, ctx, src+"; true")

	// The same fragment from both sides (short code: no compression, whose
	// bytes differ between the browser's deflate and Go's).
	want := share.Encode(share.Link{Code: "print(1)\n", Schedule: "BDCAB", Step: 4})
	if got := eval[string](t, ctx, `shareJS.encodeShare({code: "print(1)\n", schedule: "BDCAB", step: 4})`); got != want {
		t.Errorf("share.js writes %q, Go %q", got, want)
	}
	// Version 1 links (no checksum) still open.
	if got := eval[string](t, ctx, `shareJS.decodeShare("#v=1&code=cHJpbnQoMSkK&schedule=BDCAB&step=4").then(l => l.ok + " " + l.code + l.schedule + l.step)`); got != "true print(1)\nBDCAB4" {
		t.Errorf("a version 1 link decodes to %q", got)
	}

	long := strings.Repeat("import threading\nlock = threading.Lock()  # déjà ✓\n", 12)
	links := []share.Link{
		{Code: "print(1)\n"},
		{Code: raceSource, Schedule: "BDCAB", Step: 12, Seed: 77, Mode: "explore"},
		{Code: long, Schedule: "BAB", Step: 3},
	}
	type result struct {
		Problems []string
		Checked  int
	}
	for _, l := range links {
		lj, _ := json.Marshal(map[string]any{"code": l.Code, "schedule": l.Schedule, "step": l.Step, "seed": l.Seed, "mode": l.Mode})
		goFrag := share.Encode(l)
		// Every cut must say "truncated"; every one-character change must
		// fail or give back exactly the link.
		script := `(async () => {
  const want = ` + string(lj) + `;
  const same = (d) => d.code === want.code && d.schedule === want.schedule && d.step === want.step && d.seed === want.seed && d.mode === want.mode;
  const problems = [];
  let checked = 0;
  for (const frag of [await shareJS.encodeShare(want), ` + jsString(goFrag) + `]) {
    const whole = await shareJS.decodeShare("#" + frag);
    if (!whole.ok || !same(whole)) problems.push("whole " + frag + " gives " + JSON.stringify(whole));
    for (let i = 1; i < frag.length; i++) {
      const d = await shareJS.decodeShare("#" + frag.slice(0, i));
      checked++;
      if (!d || d.ok || d.kind !== "truncated") problems.push("cut " + frag.slice(0, i) + " gives " + JSON.stringify(d));
    }
    for (let i = 0; i < frag.length; i++) {
      for (const c of "Aa0_-=&%.Zz9") {
        if (frag[i] === c) continue;
        const bad = frag.slice(0, i) + c + frag.slice(i + 1);
        const d = await shareJS.decodeShare("#" + bad);
        checked++;
        if (d && d.ok && !same(d)) problems.push("damaged " + bad + " gives " + JSON.stringify(d));
      }
    }
  }
  return {Problems: problems.slice(0, 10), Checked: checked};
})()`
		r := eval[result](t, ctx, script)
		for _, p := range r.Problems {
			t.Error(p)
		}
		if r.Checked < 2*len(goFrag) {
			t.Errorf("only %d checks", r.Checked)
		}
	}
	// The page's CRC matches Go's on non-ASCII text too.
	if got := eval[string](t, ctx, `shareJS.crc32("déjà ✓ v=2")`); got != crcOf("déjà ✓ v=2") {
		t.Errorf("share.js CRC %s", got)
	}
}

func crcOf(s string) string { return fmt.Sprintf("%08x", crc32.ChecksumIEEE([]byte(s))) }
