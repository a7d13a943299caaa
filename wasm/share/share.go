// Package share encodes and decodes share links: everything a link carries
// lives in the URL fragment (browsers never send it to a server), as
// URL-encoded parameters:
//
//	v=1&code=<base64url of the UTF-8 source>&schedule=<schedule>&step=<N>
//
// with z=<base64url of the deflate-raw compressed source> instead of code=
// when that is shorter, and optionally seed=<N> and mode=run|step|explore.
// The page (web/src/share.js) writes and reads the same format.
package share

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
)

// Version is the format version written in v=.
const Version = 1

// MaxSource bounds the decoded program size (a hostile link must not make a
// decoder allocate without limit).
const MaxSource = 256 << 10

// Link is what a share link carries.
type Link struct {
	Code     string
	Schedule string // optional: the interleaving to open
	Step     int    // optional: the step to open at (with Schedule)
	Seed     uint64 // optional
	Mode     string // optional: run, step or explore
}

// Errors of Decode.
var (
	ErrNoCode  = errors.New("the link carries no program")
	ErrVersion = errors.New("the link was made by a newer version of Lockstep")
	ErrCorrupt = errors.New("the link is damaged")
)

// Encode returns the fragment for l, without the leading '#'.
func Encode(l Link) string {
	raw := []byte(l.Code)
	key, value := "code", base64.RawURLEncoding.EncodeToString(raw)
	if len(raw) > 200 {
		var buf bytes.Buffer
		w, _ := flate.NewWriter(&buf, flate.BestCompression)
		w.Write(raw)
		w.Close()
		if z := base64.RawURLEncoding.EncodeToString(buf.Bytes()); float64(len(z)) < float64(len(value))*0.9 {
			key, value = "z", z
		}
	}
	var b strings.Builder
	b.WriteString("v=" + strconv.Itoa(Version))
	b.WriteString("&" + key + "=" + value)
	if l.Schedule != "" {
		b.WriteString("&schedule=" + url.QueryEscape(l.Schedule))
		if l.Step > 0 {
			b.WriteString("&step=" + strconv.Itoa(l.Step))
		}
	}
	if l.Seed != 0 {
		b.WriteString("&seed=" + strconv.FormatUint(l.Seed, 10))
	}
	if l.Mode != "" {
		b.WriteString("&mode=" + url.QueryEscape(l.Mode))
	}
	return b.String()
}

// Decode reads a fragment (with or without '#', or a whole URL).
func Decode(fragment string) (Link, error) {
	if i := strings.IndexByte(fragment, '#'); i >= 0 {
		fragment = fragment[i+1:]
	}
	q, err := url.ParseQuery(fragment)
	if err != nil {
		return Link{}, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if v := q.Get("v"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return Link{}, fmt.Errorf("%w: version %q", ErrCorrupt, v)
		}
		if n > Version {
			return Link{}, ErrVersion
		}
	}
	var raw []byte
	switch {
	case q.Has("z"):
		comp, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(q.Get("z"), "="))
		if err != nil {
			return Link{}, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
		r := flate.NewReader(bytes.NewReader(comp))
		raw, err = io.ReadAll(io.LimitReader(r, MaxSource+1))
		if err != nil {
			return Link{}, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
	case q.Has("code"):
		raw, err = base64.RawURLEncoding.DecodeString(strings.TrimRight(q.Get("code"), "="))
		if err != nil {
			return Link{}, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
	default:
		return Link{}, ErrNoCode
	}
	if len(raw) > MaxSource {
		return Link{}, fmt.Errorf("%w: the program is larger than %d bytes", ErrCorrupt, MaxSource)
	}
	l := Link{Code: strings.ToValidUTF8(string(raw), "\uFFFD"), Schedule: q.Get("schedule"), Mode: q.Get("mode")}
	if s := q.Get("step"); s != "" {
		if l.Step, err = strconv.Atoi(s); err != nil || l.Step < 0 {
			return Link{}, fmt.Errorf("%w: step %q", ErrCorrupt, s)
		}
	}
	if s := q.Get("seed"); s != "" {
		if l.Seed, err = strconv.ParseUint(s, 10, 64); err != nil {
			return Link{}, fmt.Errorf("%w: seed %q", ErrCorrupt, s)
		}
	}
	return l, nil
}
