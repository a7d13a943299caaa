package sched

import (
	"errors"
	"strings"
	"testing"
)

// simulate runs a policy against a fixed sequence of enabled sets, recording
// the choices; enabled[i] must contain the default choice at step i.
func simulate(t *testing.T, p Policy, enabled [][]int) []Choice {
	t.Helper()
	rec := NewRecorder(p)
	last := -1
	for _, en := range enabled {
		c := rec.Choose(en, last)
		if !contains(en, c) {
			t.Fatalf("%s chose %d, not in %v", p.Name(), c, en)
		}
		last = c
	}
	return rec.Choices()
}

func TestDefaultChoice(t *testing.T) {
	cases := []struct {
		en   []int
		last int
		want int
	}{
		{[]int{0}, -1, 0},
		{[]int{0, 1, 2}, -1, 0},
		{[]int{0, 1, 2}, 2, 2},
		{[]int{1, 2}, 0, 1},
		{[]int{2, 1}, 0, 1},
		{nil, 0, -1},
	}
	for _, c := range cases {
		if got := DefaultChoice(c.en, c.last); got != c.want {
			t.Errorf("DefaultChoice(%v, %d) = %d, want %d", c.en, c.last, got, c.want)
		}
	}
}

func TestEncodeShort(t *testing.T) {
	if got := Encode(nil); got != "B" {
		t.Errorf("Encode(nil) = %q, want B", got)
	}
	// The lost update of two threads incrementing a counter: main starts
	// T1 and T2, T1 reads, T2 reads (deviation), T1 writes (deviation), then
	// the default rule finishes the run.
	choices := []Choice{{0, 0}, {0, 0}, {1, 1}, {2, 1}, {1, 2}, {0, 0}, {2, 2}, {0, 0}, {0, 0}}
	s := Encode(choices)
	if s != "BDCAB" {
		t.Errorf("Encode(race) = %q, want BDCAB", s)
	}
	// Large numbers use more characters but stay URL-safe.
	big := Encode(append(make([]Choice, 5000), Choice{Thread: 40, Default: 0}))
	for _, c := range big {
		if !strings.ContainsRune(alphabet, c) {
			t.Fatalf("Encode produced %q", big)
		}
	}
	r, err := Decode(big)
	if err != nil || r.String() != big || r.Steps() != 5001 {
		t.Fatalf("Decode(%q) = %v, %v", big, r, err)
	}
}

func TestDecodeErrors(t *testing.T) {
	cases := []struct {
		s    string
		want error
		msg  string
	}{
		{"", ErrCorrupt, "empty"},
		{"A", ErrVersion, "version 0"},
		{"C", ErrVersion, "newer"},
		{"_AB", ErrVersion, "newer"},
		{"B!", ErrCorrupt, "not URL-safe"},
		{"*", ErrCorrupt, "not URL-safe"},
		{"BA", ErrCorrupt, "no thread"},
		{"BAg", ErrCorrupt, "truncated"},
		{"BgA", ErrCorrupt, "malformed"},
		{"B_______", ErrCorrupt, "too large"}, {"B______", ErrCorrupt, "truncated"},
		{"BA=", ErrCorrupt, "not URL-safe"},
		{"BA B", ErrCorrupt, "not URL-safe"},
	}
	for _, c := range cases {
		r, err := Decode(c.s)
		if err == nil {
			t.Errorf("Decode(%q) = %v, want an error", c.s, r)
			continue
		}
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("Decode(%q) error = %v, want %v mentioning %q", c.s, err, c.want, c.msg)
		}
	}
}

func TestReplayMismatch(t *testing.T) {
	r, err := Decode("BDCAB")
	if err != nil {
		t.Fatal(err)
	}
	en := [][]int{{0}, {0}, {1, 2}, {1}}
	var got error
	for _, e := range en {
		if _, got = r.Next(e); got != nil {
			break
		}
	}
	want := "schedule does not match this program (step 4: thread T2 is not runnable)"
	if got == nil || got.Error() != want || !errors.Is(got, ErrMismatch) {
		t.Fatalf("error = %v, want %q", got, want)
	}
	if _, err := r.Next([]int{0}); err != got {
		t.Errorf("error not sticky: %v", err)
	}
	// Choose falls back to the default rule and keeps the error.
	if c := r.Choose([]int{1, 2}, 2); c != 2 || r.Err() != got {
		t.Errorf("Choose after mismatch = %d, %v", c, r.Err())
	}

	// A run that ends before the schedule does.
	r.Reset()
	for _, e := range [][]int{{0}, {0}} {
		if _, err := r.Next(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.Finish(); err == nil || !strings.Contains(err.Error(), "ended after 2 steps") {
		t.Errorf("Finish = %v", err)
	}
}

func TestReplayRoundTrip(t *testing.T) {
	enabled := [][]int{{0}, {0}, {0, 1}, {0, 1, 2}, {1, 2}, {0, 1, 2}, {0, 2}, {2}, {0}}
	for seed := uint64(0); seed < 50; seed++ {
		choices := simulate(t, NewRandom(seed), enabled)
		s := Encode(choices)
		r, err := Decode(s)
		if err != nil {
			t.Fatalf("Decode(%q): %v", s, err)
		}
		got := simulate(t, r, enabled)
		if r.Finish() != nil {
			t.Fatalf("Finish: %v", r.Finish())
		}
		for i := range choices {
			if got[i] != choices[i] {
				t.Fatalf("seed %d: replay of %q diverges at step %d: %v vs %v", seed, s, i+1, got, choices)
			}
		}
	}
}

// roundTrip builds enabled sets and choices from data, encodes, decodes and
// replays them.
func roundTrip(t *testing.T, data []byte) {
	var enabled [][]int
	var choices []Choice
	last := -1
	for i := 0; i+1 < len(data); i += 2 {
		mask := int(data[i]) | 1<<(data[i+1]%8) // at least one thread
		var en []int
		for b := 0; b < 8; b++ {
			if mask&(1<<b) != 0 {
				en = append(en, b*int(1+data[i+1]/64)) // ids up to 21, gaps in ids
			}
		}
		pick := en[int(data[i+1]/8)%len(en)]
		choices = append(choices, Choice{Thread: pick, Default: DefaultChoice(en, last)})
		enabled = append(enabled, en)
		last = pick
	}
	s := Encode(choices)
	r, err := Decode(s)
	if err != nil {
		t.Fatalf("Decode(Encode(...)) = %v for %q", err, s)
	}
	if r.String() != s {
		t.Fatalf("String() = %q, want %q", r.String(), s)
	}
	for i, en := range enabled {
		got, err := r.Next(en)
		if err != nil || got != choices[i].Thread {
			t.Fatalf("step %d: replay chose %d (%v), want %d", i+1, got, err, choices[i].Thread)
		}
	}
	if err := r.Finish(); err != nil {
		t.Fatal(err)
	}
}

// FuzzRoundTrip checks that every run's schedule replays to the same choices.
func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 0, 3, 9, 7, 200, 255, 17, 0, 0, 3, 63})
	f.Add([]byte{255, 255, 255, 255, 128, 64, 32, 16, 8, 4, 2, 1})
	f.Fuzz(roundTrip)
}

// FuzzDecode checks that Decode never panics, that what it accepts is the
// canonical encoding, and that replaying never panics either.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "B", "BDCAB", "BgA", "B______", "C", "A", "BAg", "Bg_AB", "B!", "BAAAAAAAAAAAAAAA", "B_____B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := Decode(s)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrVersion) {
				t.Fatalf("Decode(%q): unexpected error kind %v", s, err)
			}
			return
		}
		if r.String() != s {
			t.Fatalf("Decode(%q).String() = %q", s, r.String())
		}
		en := []int{0, 1, 2, 3}
		for i := 0; i < 64; i++ {
			if _, err := r.Next(en); err != nil {
				break
			}
		}
		_ = r.Finish()
	})
}
