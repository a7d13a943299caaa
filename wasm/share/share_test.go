package share

import (
	"errors"
	"strings"
	"testing"
)

var examples = []Link{
	{Code: "print('hi')\n"},
	{Code: "x = 'héllo ✓'\n", Schedule: "BDCAB", Step: 7},
	{Code: strings.Repeat("import threading\nbalance = 0\n", 40), Schedule: "BAB", Step: 3, Seed: 42, Mode: "step"},
	{Code: "<script>alert(1)</script>", Mode: "explore"},
	{Code: "import threading\n\ncount = 0\n", Seed: 12345678901},
}

func TestRoundTrip(t *testing.T) {
	for _, l := range examples {
		frag := Encode(l)
		got, err := Decode("#" + frag)
		if err != nil {
			t.Fatalf("%q: %v", frag, err)
		}
		if got != l {
			t.Errorf("round trip of %+v gave %+v", l, got)
		}
		if !strings.HasPrefix(frag, "v=2&") || !strings.Contains(frag, "&crc=") || frag[len(frag)-len("&crc=12345678"):][:5] != "&crc=" {
			t.Errorf("%q: want v=2 first and crc last", frag)
		}
	}
	long := examples[2].Code
	if frag := Encode(Link{Code: long}); !strings.Contains(frag, "&z=") || len(frag) > len(long)/3 {
		t.Errorf("long program not compressed well: %d chars", len(frag))
	}
}

// pageLink is a fragment as the page's share.js writes it (the E2E test
// TestE2EShareJSCutAnywhere checks that share.js makes this very string).
const pageLink = "v=2&code=cHJpbnQoMSkK&schedule=BDCAB&step=4&crc=2d9d4826"

func TestDecodesPageLinks(t *testing.T) {
	l, err := Decode("https://example.org/playground.html#" + pageLink)
	if err != nil || l.Code != "print(1)\n" || l.Schedule != "BDCAB" || l.Step != 4 {
		t.Fatalf("%+v %v", l, err)
	}
	if got := Encode(l); got != pageLink {
		t.Errorf("Encode gives %q, the page %q", got, pageLink)
	}
}

// Links made before the checksum (version 1, or no version) still open.
func TestDecodesVersion1Links(t *testing.T) {
	for _, frag := range []string{
		"v=1&code=cHJpbnQoMSkK&schedule=BDCAB&step=4",
		"#v=1&code=cHJpbnQoMSkK&schedule=BDCAB&step=4&seed=9&mode=run",
		"code=cHJpbnQoMSkK&schedule=BDCAB&step=4",
	} {
		l, err := Decode(frag)
		if err != nil || l.Code != "print(1)\n" || l.Schedule != "BDCAB" || l.Step != 4 {
			t.Errorf("%q: %+v %v", frag, l, err)
		}
	}
}

func TestBadLinks(t *testing.T) {
	ok := Encode(Link{Code: "print(1)\n"})
	for frag, want := range map[string]error{
		"v=1":                                    ErrNoCode,
		"v=9&code=cHJpbnQoMSkK":                  ErrVersion,
		"v=1&code=***":                           ErrCorrupt,
		"v=1&z=AAAA":                             ErrCorrupt,
		"v=1&code=cHJpbnQoMSkK&step=-3":          ErrCorrupt,
		"%zz":                                    ErrCorrupt,
		"v=x&code=cHJpbnQoMSkK":                  ErrCorrupt,
		"v=2&code=cHJpbnQoMSkK":                  ErrTruncated,
		"v=2":                                    ErrTruncated,
		"v":                                      ErrTruncated,
		"v=2&code=cHJpbnQoMSkK&crc=00000000":     ErrCorrupt,
		"v=2&code=cHJpbnQoMSkK&crc=ABCDEF01":     ErrCorrupt,
		"v=2&code=cHJpbnQoMSkK&crc=0&step=2":     ErrCorrupt,
		strings.Replace(ok, "cHJp", "cHJq", 1):   ErrCorrupt,
		strings.Replace(ok, "&crc=", "&crc=", 1): nil,
		"v=2&code=cHJpbnQoMSkK&crc=" + strings.Repeat("0", MaxFragment): ErrTooLarge,
	} {
		if _, err := Decode(frag); !errors.Is(err, want) {
			t.Errorf("%.80q: %v, want %v", frag, err, want)
		}
	}
}

// TestCutAnywhere cuts links at every position: every cut is reported as
// cut short, never opened as (part of) a program.
func TestCutAnywhere(t *testing.T) {
	for _, l := range examples {
		frag := Encode(l)
		for i := 1; i < len(frag); i++ {
			got, err := Decode(frag[:i])
			if !errors.Is(err, ErrTruncated) {
				t.Errorf("%q cut to %q: %+v, %v; want %v", frag, frag[:i], got, err, ErrTruncated)
			}
			// A whole URL cut inside its fragment.
			if _, err := Decode("https://lockstep.example/playground.html#" + frag[:i]); !errors.Is(err, ErrTruncated) {
				t.Errorf("URL cut to %q: %v", frag[:i], err)
			}
		}
	}
}

// TestDamageAnywhere replaces each character of links by others: the link
// either fails to open or opens exactly what was encoded (v=2 changed to
// v=1 drops the check but changes nothing else).
func TestDamageAnywhere(t *testing.T) {
	const chars = "Aa0_-=&%.Zz9"
	for _, l := range examples {
		frag := Encode(l)
		for i := 0; i < len(frag); i++ {
			for _, c := range chars {
				if byte(c) == frag[i] {
					continue
				}
				bad := frag[:i] + string(c) + frag[i+1:]
				if got, err := Decode(bad); err == nil && got != l {
					t.Errorf("%q damaged to %q opens %+v", frag, bad, got)
				}
			}
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add("v=1&code=cHJpbnQoMSkK&schedule=BDCAB&step=4")
	f.Add(Encode(Link{Code: strings.Repeat("x = 1\n", 100)}))
	f.Add(Encode(Link{Code: "print(1)", Schedule: "BDCAB", Step: 2}))
	f.Fuzz(func(t *testing.T, s string) {
		l, err := Decode(s)
		if err == nil && len(l.Code) > MaxSource*2 {
			t.Fatal("oversized program accepted")
		}
	})
}
