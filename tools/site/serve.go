package main

import (
	"bytes"
	"compress/gzip"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// MetaCSP is the Content-Security-Policy of every page: scripts only from
// the site itself (no inline script, no eval), WebAssembly compilation for
// the core, and nothing from other origins. Styles allow inline style
// attributes, which CodeMirror sets (e.g. tab-size); no user text ever
// becomes markup, so this only concerns our own code. Pages carry it in a
// <meta http-equiv> and the server (and netlify.toml) send it as a header.
const MetaCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'"

// SiteHeaders are sent with every response, by `site serve` and, through
// netlify.toml (a test keeps the two in step), by the production host.
//
// Cross-origin isolation (COOP + COEP) gives the page SharedArrayBuffer, which
// lets the page cancel an exploration gracefully (the worker polls a shared
// flag); without it, cancel falls back to terminating the worker.
var SiteHeaders = [][2]string{
	{"Content-Security-Policy", MetaCSP},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "no-referrer"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
	{"Cross-Origin-Embedder-Policy", "require-corp"},
	{"Cross-Origin-Resource-Policy", "cross-origin"},
}

// Cache policies: hashed assets never change; pages are revalidated.
const (
	CacheImmutable  = "public, max-age=31536000, immutable"
	CacheRevalidate = "public, max-age=0, must-revalidate"
)

// NewHandler serves a built site directory the way the production host does:
// "/" is index.html, "/name" finds name.html, unknown paths get 404.html,
// hashed files under /assets/ are cached for a year, .wasm is served as
// application/wasm, and text and wasm responses are gzipped when the client
// accepts it.
//
// The handler compresses the files under assets/ in the background as soon as
// it is made, so that the first page load does not wait for it.
func NewHandler(dir string) http.Handler {
	h := &siteHandler{dir: dir, gz: map[string]gzEntry{}}
	go h.warm()
	return h
}

// warm compresses the site's assets ahead of the first request.
func (h *siteHandler) warm() {
	entries, err := os.ReadDir(filepath.Join(h.dir, "assets"))
	if err != nil {
		return
	}
	for _, e := range entries {
		file := filepath.Join(h.dir, "assets", e.Name())
		st, err := os.Stat(file)
		if err != nil || st.IsDir() || !compressible(mime.TypeByExtension(filepath.Ext(file))) {
			continue
		}
		if data, err := os.ReadFile(file); err == nil {
			h.gzipped(file, st, data)
		}
	}
}

type siteHandler struct {
	dir string
	mu  sync.Mutex
	gz  map[string]gzEntry
}

type gzEntry struct {
	mod  time.Time
	size int64
	data []byte
}

func (h *siteHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	for _, kv := range SiteHeaders {
		w.Header().Set(kv[0], kv[1])
	}
	p := path.Clean("/" + r.URL.Path)
	if strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	status := http.StatusOK
	file := h.lookup(p)
	if file == "" {
		status = http.StatusNotFound
		file = h.lookup("/404.html")
		if file == "" {
			http.NotFound(w, r)
			return
		}
	}
	st, err := os.Stat(file)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	ctype := mime.TypeByExtension(filepath.Ext(file))
	switch filepath.Ext(file) {
	case ".wasm":
		ctype = "application/wasm"
	case ".js":
		ctype = "text/javascript; charset=utf-8"
	}
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	if strings.HasPrefix(p, "/assets/") && status == http.StatusOK {
		w.Header().Set("Cache-Control", CacheImmutable)
	} else {
		w.Header().Set("Cache-Control", CacheRevalidate)
	}
	w.Header().Add("Vary", "Accept-Encoding")

	data, err := os.ReadFile(file)
	if err != nil {
		http.Error(w, "cannot read file", http.StatusInternalServerError)
		return
	}
	if compressible(ctype) && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		data = h.gzipped(file, st, data)
		w.Header().Set("Content-Encoding", "gzip")
	}
	if status == http.StatusOK {
		etag := `"` + hashedName("", data)[1:11] + `"`
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(status)
	if r.Method == http.MethodGet {
		_, _ = w.Write(data)
	}
}

// lookup maps a clean URL path to a file of the site, or "".
func (h *siteHandler) lookup(p string) string {
	for _, cand := range []string{p, p + ".html"} {
		f := filepath.Join(h.dir, filepath.FromSlash(cand))
		if st, err := os.Stat(f); err == nil && !st.IsDir() {
			return f
		}
	}
	return ""
}

func (h *siteHandler) gzipped(file string, st os.FileInfo, data []byte) []byte {
	h.mu.Lock()
	e, ok := h.gz[file]
	h.mu.Unlock()
	if ok && e.mod.Equal(st.ModTime()) && e.size == st.Size() {
		return e.data
	}
	z := gzipLevel(data, gzip.DefaultCompression)
	h.mu.Lock()
	h.gz[file] = gzEntry{mod: st.ModTime(), size: st.Size(), data: z}
	h.mu.Unlock()
	return z
}

// gzipBytes compresses data at the best compression level (the figure the
// transfer benchmark reports).
func gzipBytes(data []byte) []byte {
	return gzipLevel(data, gzip.BestCompression)
}

// gzipLevel compresses data at a gzip level.
func gzipLevel(data []byte, level int) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, level)
	_, _ = zw.Write(data)
	_ = zw.Close()
	return buf.Bytes()
}

func compressible(ctype string) bool {
	for _, p := range []string{"text/", "application/javascript", "application/json", "application/wasm", "image/svg+xml"} {
		if strings.HasPrefix(ctype, p) {
			return true
		}
	}
	return false
}
