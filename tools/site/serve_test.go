package main

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "assets"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "index.html"), []byte("<p>home</p>"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "lesson.html"), []byte("<p>lesson</p>"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "404.html"), []byte("<p>missing</p>"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "assets", "core.abc.wasm"), []byte("\x00asm"), 0o644))
	srv := httptest.NewServer(NewHandler(dir))
	defer srv.Close()

	get := func(path string, gz bool) (*http.Response, string) {
		t.Helper()
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		if gz {
			req.Header.Set("Accept-Encoding", "gzip")
		} else {
			req.Header.Set("Accept-Encoding", "identity")
		}
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var r io.Reader = resp.Body
		if resp.Header.Get("Content-Encoding") == "gzip" {
			zr, err := gzip.NewReader(resp.Body)
			if err != nil {
				t.Fatal(err)
			}
			r = zr
		}
		b, _ := io.ReadAll(r)
		return resp, string(b)
	}

	resp, body := get("/", true)
	if resp.StatusCode != 200 || body != "<p>home</p>" || resp.Header.Get("Content-Encoding") != "gzip" {
		t.Errorf("/: %d %q %v", resp.StatusCode, body, resp.Header)
	}
	if got := resp.Header.Get("Content-Security-Policy"); got != MetaCSP {
		t.Errorf("CSP header %q", got)
	}
	if got := resp.Header.Get("Cache-Control"); got != CacheRevalidate {
		t.Errorf("page Cache-Control %q", got)
	}
	if resp, body := get("/lesson", false); resp.StatusCode != 200 || body != "<p>lesson</p>" {
		t.Errorf("/lesson: %d %q", resp.StatusCode, body)
	}
	if resp, body := get("/nope", false); resp.StatusCode != 404 || body != "<p>missing</p>" {
		t.Errorf("/nope: %d %q", resp.StatusCode, body)
	}
	resp, body = get("/assets/core.abc.wasm", false)
	if resp.Header.Get("Content-Type") != "application/wasm" || resp.Header.Get("Cache-Control") != CacheImmutable || body != "\x00asm" {
		t.Errorf("wasm: %v %q", resp.Header, body)
	}
	if resp, _ := get("/../../etc/passwd", false); resp.StatusCode != 404 {
		t.Errorf("path escape: %d", resp.StatusCode)
	}
}

// TestNetlifyHeaders keeps netlify.toml in step with the development server.
func TestNetlifyHeaders(t *testing.T) {
	b, err := os.ReadFile("../../netlify.toml")
	if err != nil {
		t.Fatal(err)
	}
	toml := string(b)
	for _, kv := range SiteHeaders {
		line := kv[0] + ` = "` + kv[1] + `"`
		if !strings.Contains(toml, line) {
			t.Errorf("netlify.toml lacks %s", line)
		}
	}
	for _, want := range []string{`Cache-Control = "` + CacheImmutable + `"`, `Cache-Control = "` + CacheRevalidate + `"`, `Content-Type = "application/wasm"`, `publish = "dist"`, `command = "make build"`} {
		if !strings.Contains(toml, want) {
			t.Errorf("netlify.toml lacks %s", want)
		}
	}
}
