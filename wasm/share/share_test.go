package share

import (
	"errors"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	long := strings.Repeat("import threading\nbalance = 0\n", 40)
	for _, l := range []Link{
		{Code: "print('hi')\n"},
		{Code: "x = 'héllo ✓'\n", Schedule: "BDCAB", Step: 7},
		{Code: long, Schedule: "BAB", Step: 3, Seed: 42, Mode: "step"},
		{Code: "<script>alert(1)</script>"},
	} {
		frag := Encode(l)
		got, err := Decode("#" + frag)
		if err != nil {
			t.Fatalf("%q: %v", frag, err)
		}
		if got != l {
			t.Errorf("round trip of %+v gave %+v", l, got)
		}
	}
	if frag := Encode(Link{Code: long}); !strings.Contains(frag, "&z=") || len(frag) > len(long)/3 {
		t.Errorf("long program not compressed well: %d chars", len(frag))
	}
}

// A fragment made by the page's share.js (deflate-raw by the browser).
func TestDecodesPageLinks(t *testing.T) {
	l, err := Decode("https://example.org/playground.html#v=1&code=cHJpbnQoMSkK&schedule=BDCAB&step=4")
	if err != nil || l.Code != "print(1)\n" || l.Schedule != "BDCAB" || l.Step != 4 {
		t.Fatalf("%+v %v", l, err)
	}
}

func TestBadLinks(t *testing.T) {
	for frag, want := range map[string]error{
		"v=1":                           ErrNoCode,
		"v=9&code=cHJpbnQoMSkK":         ErrVersion,
		"v=1&code=***":                  ErrCorrupt,
		"v=1&z=AAAA":                    ErrCorrupt,
		"v=1&code=cHJpbnQoMSkK&step=-3": ErrCorrupt,
		"%zz":                           ErrCorrupt,
	} {
		if _, err := Decode(frag); !errors.Is(err, want) {
			t.Errorf("%q: %v, want %v", frag, err, want)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add("v=1&code=cHJpbnQoMSkK&schedule=BDCAB&step=4")
	f.Add(Encode(Link{Code: strings.Repeat("x = 1\n", 100)}))
	f.Fuzz(func(t *testing.T, s string) {
		l, err := Decode(s)
		if err == nil && len(l.Code) > MaxSource*2 {
			t.Fatal("oversized program accepted")
		}
	})
}
