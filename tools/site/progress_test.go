package main

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestE2EProgress: the index lists the lessons and shows which ones the
// learner visited and how many of their challenges are done.
func TestE2EProgress(t *testing.T) {
	dir, res := testSite(t)
	base := serveSite(t, dir, true)
	ctx := browser(t, 1366, 800)
	do(t, ctx, chromedp.Navigate(base+"/"))
	if got := eval[int](t, ctx, `document.querySelectorAll('.lesson-list li[data-lesson]').length`); got != len(res.Lessons) {
		t.Fatalf("the index lists %d lessons, want %d", got, len(res.Lessons))
	}
	if eval[bool](t, ctx, `!document.getElementById('progress-summary').hidden`) {
		t.Errorf("a first visit shows progress")
	}
	first := res.Lessons[0].Name
	do(t, ctx, chromedp.Navigate(base+"/"+first+".html"))
	waitFor(t, ctx, "the panes", `document.documentElement.dataset.ui === "ready"`, 20*time.Second)
	// A reached goal, as challenge.js records it.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`localStorage.setItem("lockstep:v1:pref:done:`+first+`/0", "true")`))
	do(t, ctx, chromedp.Navigate(base+"/"))
	waitFor(t, ctx, "the progress", `!document.getElementById('progress-summary').hidden`, 5*time.Second)
	text := eval[string](t, ctx, `document.querySelector('.lesson-list li[data-lesson="`+first+`"] .lesson-progress').textContent`)
	if n := len(res.Lessons[0].Challenges); n > 1 && !strings.Contains(text, "1 of ") || n == 1 && !strings.Contains(text, "Done") {
		t.Errorf("lesson 1's progress reads %q", text)
	}
	summary := eval[string](t, ctx, `document.getElementById('progress-summary').textContent`)
	if !strings.Contains(summary, "1 of ") {
		t.Errorf("the summary reads %q", summary)
	}
	shot(t, ctx, "index-progress")
}
