package main

import (
	"context"
	"fmt"
	"testing"

	"lockstep/tools/internal/lesson"
	"lockstep/wasm/explore"
	"lockstep/wasm/runner"
	"lockstep/wasm/share"
)

// BenchmarkShareLinks prints the size of the share link of every lesson
// scenario with its longest outcome schedule, and reports the largest.
func BenchmarkShareLinks(b *testing.B) {
	lessons, err := lesson.LoadDir("../../lessons")
	if err != nil {
		b.Fatal(err)
	}
	largest, largestName := 0, ""
	for i := 0; i < b.N; i++ {
		for _, l := range lessons {
			for _, sc := range l.Scenarios {
				prog, cerr := runner.Compile(sc.ID+".py", []byte(sc.Source))
				if cerr != nil {
					b.Fatal(cerr.Text)
				}
				opts := explore.DefaultOptions()
				opts.MaxExecutions = 20000
				res, err := runner.Explore(context.Background(), prog, opts)
				if err != nil {
					b.Fatal(err)
				}
				schedule := ""
				for _, o := range res.Outcomes {
					if len(o.Schedule) > len(schedule) {
						schedule = o.Schedule
					}
				}
				link := share.Encode(share.Link{Code: sc.Source, Schedule: schedule, Step: 1})
				if i == 0 {
					b.Logf("%-30s %5d characters (schedule %d)", l.Name+"/"+sc.ID, len(link), len(schedule))
				}
				if len(link) > largest {
					largest, largestName = len(link), fmt.Sprintf("%s/%s", l.Name, sc.ID)
				}
			}
		}
	}
	b.Logf("largest: %s, %d characters", largestName, largest)
	b.ReportMetric(float64(largest), "max-link-chars")
}
