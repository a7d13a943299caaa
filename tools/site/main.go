// Command site builds Lockstep's static site and serves it for development.
//
//	go run ./tools/site build [-root .] [-out dist]
//	go run ./tools/site serve [-root .] [-dir dist] [-addr 127.0.0.1] [-port 8080] [-build]
//
// build compiles the core (wasm/cmd/worker) to WebAssembly, copies Go's
// wasm_exec.js, renders lessons/*.md with goldmark, bundles web/src with
// esbuild's Go API (minified, content-hashed names) and writes dist/: one page
// per lesson, index.html, playground.html, embed.html and assets/. It runs
// `npm ci` in web/ first when web/node_modules is missing.
//
// serve serves a built dist/ on 127.0.0.1 with the same headers as the
// production host (netlify.toml): the Content-Security-Policy, the wasm MIME
// type, long caching for hashed assets, and gzip.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"time"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("site: ")
	if len(os.Args) < 2 {
		usage()
	}
	switch os.Args[1] {
	case "build":
		fs := flag.NewFlagSet("build", flag.ExitOnError)
		root := fs.String("root", ".", "the repository root")
		out := fs.String("out", "dist", "the output directory (replaced)")
		_ = fs.Parse(os.Args[2:])
		start := time.Now()
		res, err := Build(Options{Root: *root, Out: *out, Log: log.Printf})
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("built %s: %d pages, %d files in %v", *out, res.Pages, len(res.Files), time.Since(start).Round(time.Millisecond))
	case "serve":
		fs := flag.NewFlagSet("serve", flag.ExitOnError)
		root := fs.String("root", ".", "the repository root (with -build)")
		dir := fs.String("dir", "dist", "the directory to serve")
		addr := fs.String("addr", "127.0.0.1", "the address to listen on")
		port := fs.Int("port", 8080, "the port to listen on")
		build := fs.Bool("build", false, "build the site into -dir first")
		_ = fs.Parse(os.Args[2:])
		if *build {
			if _, err := Build(Options{Root: *root, Out: *dir, Log: log.Printf}); err != nil {
				log.Fatal(err)
			}
		}
		if _, err := os.Stat(*dir); err != nil {
			log.Fatalf("%v (run `make build` first)", err)
		}
		ln, err := net.Listen("tcp", net.JoinHostPort(*addr, strconv.Itoa(*port)))
		if err != nil {
			log.Fatal(err)
		}
		srv := &http.Server{Handler: logRequests(NewHandler(*dir)), ReadHeaderTimeout: 10 * time.Second}
		log.Printf("serving %s on http://%s/", *dir, ln.Addr())
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		defer stop()
		go func() {
			<-ctx.Done()
			shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			_ = srv.Shutdown(shutdown)
		}()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Fatal(err)
		}
	default:
		usage()
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: site build [-root .] [-out dist]\n       site serve [-dir dist] [-addr 127.0.0.1] [-port 8080] [-build]")
	os.Exit(2)
}

// logRequests logs each request with its status and duration.
func logRequests(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: 200}
		h.ServeHTTP(rec, r)
		log.Printf("%d %s %s %v", rec.status, r.Method, r.URL.Path, time.Since(start).Round(time.Microsecond))
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}
