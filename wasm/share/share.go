// Package share encodes and decodes share links: everything a link carries
// lives in the URL fragment (browsers never send it to a server), as
// URL-encoded parameters:
//
//	v=2&code=<base64url of the UTF-8 source>&schedule=<schedule>&step=<N>&crc=<8 hex digits>
//
// with z=<base64url of the deflate-raw compressed source> instead of code=
// when that is shorter, and optionally seed=<N> and mode=run|step|explore
// before crc. The last field, crc, is the CRC-32 (IEEE) of every character
// before "&crc=", in lower-case hexadecimal: a link cut anywhere loses it or
// shortens it, so a cut link is always recognised, and a damaged one almost
// always. Version 1 links (the same without crc) still open.
// The page (web/src/share.js) writes and reads the same format.
package share

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"net/url"
	"strconv"
	"strings"
)

// Version is the format version written in v=.
const Version = 2

// MaxSource bounds the decoded program size (a hostile link must not make a
// decoder allocate without limit).
const MaxSource = 256 << 10

// MaxFragment bounds the fragment a decoder reads at all (as the page does).
const MaxFragment = 1 << 20

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
	ErrNoCode    = errors.New("the link carries no program")
	ErrVersion   = errors.New("the link was made by a newer version of Lockstep")
	ErrCorrupt   = errors.New("the link is damaged")
	ErrTruncated = errors.New("the link is cut short")
	ErrTooLarge  = errors.New("the link is too large")
)

// checksum is the crc field's value for the text before "&crc=".
func checksum(body string) string {
	return fmt.Sprintf("%08x", crc32.ChecksumIEEE([]byte(body)))
}

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
	body := b.String()
	return body + "&crc=" + checksum(body)
}

// isHex8 reports whether s is 8 lower-case hexadecimal digits.
func isHex8(s string) bool {
	if len(s) != 8 {
		return false
	}
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// verify checks a version 2 fragment's crc field (the first one; it comes
// last when the link is whole).
func verify(fragment, crc string) error {
	i := strings.Index(fragment, "&crc=")
	switch {
	case i < 0, len(crc) < 8 && strings.HasSuffix(fragment, "&crc="+crc):
		return ErrTruncated
	case !isHex8(crc):
		return fmt.Errorf("%w: checksum %q", ErrCorrupt, crc)
	case checksum(fragment[:i]) != crc:
		return fmt.Errorf("%w: the checksum does not match", ErrCorrupt)
	}
	return nil
}

// Decode reads a fragment (with or without '#', or a whole URL).
func Decode(fragment string) (Link, error) {
	if i := strings.IndexByte(fragment, '#'); i >= 0 {
		fragment = fragment[i+1:]
	}
	if len(fragment) > MaxFragment {
		return Link{}, ErrTooLarge
	}
	// What is left of a link cut inside its first field.
	if fragment == "v" || fragment == "v=" {
		return Link{}, ErrTruncated
	}
	// ParseQuery keeps what it could read after a bad escape: the version
	// and checksum are looked at first, so that a cut link says so.
	q, perr := url.ParseQuery(fragment)
	if v := q.Get("v"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return Link{}, fmt.Errorf("%w: version %q", ErrCorrupt, v)
		}
		if n > Version {
			return Link{}, ErrVersion
		}
		if n >= 2 {
			if err := verify(fragment, q.Get("crc")); err != nil {
				return Link{}, err
			}
		}
	}
	if perr != nil {
		return Link{}, fmt.Errorf("%w: %v", ErrCorrupt, perr)
	}
	var err error
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
		return Link{}, fmt.Errorf("%w: the program is larger than %d bytes", ErrTooLarge, MaxSource)
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
