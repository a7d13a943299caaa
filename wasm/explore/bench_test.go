package explore

import (
	"context"
	"testing"
)

func benchExplore(b *testing.B, p *toyProgram, o Options, want int) {
	b.ReportAllocs()
	var res *Result
	for i := 0; i < b.N; i++ {
		var err error
		res, err = Run(context.Background(), p.start, o)
		if err != nil {
			b.Fatal(err)
		}
	}
	if want > 0 && res.Executions != want {
		b.Fatalf("%d executions, want %d", res.Executions, want)
	}
	b.ReportMetric(float64(res.Executions), "executions")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(res.Executions), "ns/execution")
}

func BenchmarkExploreToyCounter3(b *testing.B) {
	benchExplore(b, counter(3), DefaultOptions(), 36)
}

func BenchmarkExploreToyCounter4(b *testing.B) {
	benchExplore(b, counter(4), DefaultOptions(), 576)
}

func BenchmarkExploreToyLockedCounter4(b *testing.B) {
	benchExplore(b, lockedCounter(4), DefaultOptions(), 24)
}

func BenchmarkExploreToyDining3(b *testing.B) {
	for _, p := range corpus {
		if p.name == "dining-3" {
			benchExplore(b, p, DefaultOptions(), 7)
		}
	}
}

func BenchmarkExploreToyNestedSpawn(b *testing.B) {
	for _, p := range corpus {
		if p.name == "nested-spawn" {
			benchExplore(b, p, DefaultOptions(), 88)
		}
	}
}

func BenchmarkExploreNaiveCounter3(b *testing.B) {
	benchExplore(b, counter(3), withStrategy(Naive), 0)
}

func BenchmarkExploreRandomCounter4(b *testing.B) {
	o := withStrategy(Random)
	o.MaxExecutions = 500
	benchExplore(b, counter(4), o, 500)
}

func BenchmarkExplorePCTCounter4(b *testing.B) {
	o := withStrategy(PCT)
	o.MaxExecutions = 500
	benchExplore(b, counter(4), o, 500)
}
