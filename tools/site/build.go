package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"

	"lockstep/tools/internal/lesson"
)

// Options configures Build.
type Options struct {
	// Root is the repository root (it holds web/, lessons/ and the Go module).
	Root string
	// Out is the output directory. It is replaced as a whole when the build
	// succeeds and left alone when it fails.
	Out string
	// Lessons is the lessons directory; empty means Root/lessons.
	Lessons string
	// Log, if not nil, receives progress messages.
	Log func(format string, args ...any)
}

// Assets are the paths, relative to the output directory, of the files a
// page loads. All but the pages themselves carry a content hash.
type Assets struct {
	JS       string // the page's ES module bundle
	CSS      string // the stylesheet
	Worker   string // the classic worker script
	Wasm     string // the core
	WasmExec string // Go's wasm_exec.js
	// Chunks are the other modules the page bundle imports (preloaded).
	Chunks []string
}

// Result describes a finished build.
type Result struct {
	Assets Assets
	// Pages counts the HTML pages written.
	Pages int
	// Files lists every written file, relative to the output directory,
	// with "/" separators, sorted.
	Files []string
	// Lessons are the lessons the site was built from, in order.
	Lessons []*lesson.Lesson
}

// Build writes the whole site. See the package documentation.
func Build(o Options) (*Result, error) {
	logf := o.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	root, err := filepath.Abs(o.Root)
	if err != nil {
		return nil, err
	}
	out, err := filepath.Abs(o.Out)
	if err != nil {
		return nil, err
	}
	lessonsDir := o.Lessons
	if lessonsDir == "" {
		lessonsDir = filepath.Join(root, "lessons")
	}
	if out == root || strings.HasPrefix(root, out+string(filepath.Separator)) {
		return nil, fmt.Errorf("refusing to replace %s: it holds the repository", out)
	}

	lessons, err := loadLessons(lessonsDir)
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(out), "."+filepath.Base(out)+".build-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	assetsDir := filepath.Join(tmp, "assets")
	if err := os.MkdirAll(assetsDir, 0o755); err != nil {
		return nil, err
	}

	res := &Result{Lessons: lessons}
	logf("compiling the core to WebAssembly")
	if res.Assets.Wasm, err = buildWasm(root, assetsDir); err != nil {
		return nil, err
	}
	if res.Assets.WasmExec, err = copyWasmExec(root, assetsDir); err != nil {
		return nil, err
	}
	if err := ensureNodeModules(filepath.Join(root, "web"), logf); err != nil {
		return nil, err
	}
	logf("bundling web/src")
	if err := bundle(filepath.Join(root, "web"), assetsDir, &res.Assets); err != nil {
		return nil, err
	}
	if err := copyTree(filepath.Join(root, "web", "static"), tmp); err != nil {
		return nil, err
	}
	logf("rendering %d lessons", len(lessons))
	n, err := writePages(filepath.Join(root, "web", "templates"), tmp, lessons, res.Assets)
	if err != nil {
		return nil, err
	}
	res.Pages = n

	if err := filepath.WalkDir(tmp, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(tmp, p)
		res.Files = append(res.Files, filepath.ToSlash(rel))
		return os.Chmod(p, 0o644)
	}); err != nil {
		return nil, err
	}
	sort.Strings(res.Files)
	if err := os.Chmod(tmp, 0o755); err != nil {
		return nil, err
	}
	if err := os.RemoveAll(out); err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, out); err != nil {
		return nil, err
	}
	return res, nil
}

// loadLessons reads the lessons directory; a missing directory means no
// lessons yet.
func loadLessons(dir string) ([]*lesson.Lesson, error) {
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return lesson.LoadDir(dir)
}

// hashedName inserts a short content hash before the extension:
// core.wasm -> core.1a2b3c4d.wasm.
func hashedName(name string, content []byte) string {
	sum := sha256.Sum256(content)
	ext := filepath.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:10] + ext
}

// writeHashed writes content under its hashed name and returns the path
// relative to the site root ("assets/...").
func writeHashed(assetsDir, name string, content []byte) (string, error) {
	hashed := hashedName(name, content)
	if err := os.WriteFile(filepath.Join(assetsDir, hashed), content, 0o644); err != nil {
		return "", err
	}
	return "assets/" + hashed, nil
}

// goCommand returns the go command to use: the one running this builder's
// toolchain when GOROOT is known, else "go" from PATH.
func goCommand() string {
	if gr := os.Getenv("GOROOT"); gr != "" {
		if p := filepath.Join(gr, "bin", "go"); fileExists(p) {
			return p
		}
	}
	return "go"
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// buildWasm compiles wasm/cmd/worker for GOOS=js GOARCH=wasm.
func buildWasm(root, assetsDir string) (string, error) {
	tmp := filepath.Join(assetsDir, "core.wasm.tmp")
	cmd := exec.Command(goCommand(), "build", "-trimpath", "-ldflags=-s -w", "-o", tmp, "./wasm/cmd/worker")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("compiling the core to wasm: %v\n%s", err, stderr.String())
	}
	b, err := os.ReadFile(tmp)
	if err != nil {
		return "", err
	}
	if err := os.Remove(tmp); err != nil {
		return "", err
	}
	return writeHashed(assetsDir, "core.wasm", b)
}

// copyWasmExec copies $(go env GOROOT)/lib/wasm/wasm_exec.js, the support
// script that matches the compiler that built the core.
func copyWasmExec(root, assetsDir string) (string, error) {
	cmd := exec.Command(goCommand(), "env", "GOROOT")
	cmd.Dir = root
	gr, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go env GOROOT: %v", err)
	}
	goroot := strings.TrimSpace(string(gr))
	var b []byte
	for _, p := range []string{filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"), filepath.Join(goroot, "misc", "wasm", "wasm_exec.js")} {
		if b, err = os.ReadFile(p); err == nil {
			break
		}
	}
	if err != nil {
		return "", fmt.Errorf("wasm_exec.js not found in %s: %v", goroot, err)
	}
	return writeHashed(assetsDir, "wasm_exec.js", b)
}

// ensureNodeModules runs `npm ci` in web/ when node_modules is missing: npm
// installs exactly the committed lock file's CodeMirror packages.
func ensureNodeModules(webDir string, logf func(string, ...any)) error {
	if fileExists(filepath.Join(webDir, "node_modules", "@codemirror", "view", "package.json")) {
		return nil
	}
	logf("installing the front end's libraries (npm ci)")
	cmd := exec.Command("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
	cmd.Dir = webDir
	var outBuf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &outBuf, &outBuf
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("npm ci in %s: %v\n%s", webDir, err, outBuf.String())
	}
	return nil
}

// bundle builds the page bundle (ES module + stylesheet) and the worker
// (a classic script) with esbuild, minified, with content-hashed names.
func bundle(webDir, assetsDir string, assets *Assets) error {
	common := api.BuildOptions{
		AbsWorkingDir:     webDir,
		Bundle:            true,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		Target:            api.ES2020,
		Outdir:            assetsDir,
		EntryNames:        "[name].[hash]",
		Write:             false,
		LegalComments:     api.LegalCommentsNone,
		Charset:           api.CharsetUTF8,
		LogLevel:          api.LogLevelSilent,
		Platform:          api.PlatformBrowser,
	}
	page := common
	page.EntryPoints = []string{"src/main.js", "src/style.css"}
	page.Format = api.FormatESModule
	// main.js starts the core and imports the interface (app.js) as a
	// separate chunk, so the wasm compiles while the interface loads.
	page.Splitting = true
	page.ChunkNames = "[name].[hash]"
	worker := common
	worker.EntryPoints = []string{"src/worker.js"}
	worker.Format = api.FormatIIFE
	// embed.js is loaded by other sites from a stable address: no hash.
	embed := common
	embed.EntryPoints = []string{"src/embed.js"}
	embed.Format = api.FormatIIFE
	embed.Outdir = filepath.Dir(assetsDir)
	embed.EntryNames = "[name]"
	for _, b := range []api.BuildOptions{page, worker, embed} {
		r := api.Build(b)
		if len(r.Errors) > 0 {
			msgs := api.FormatMessages(r.Errors, api.FormatMessagesOptions{Kind: api.ErrorMessage})
			return fmt.Errorf("esbuild:\n%s", strings.Join(msgs, "\n"))
		}
		for _, f := range r.OutputFiles {
			if err := os.WriteFile(f.Path, f.Contents, 0o644); err != nil {
				return err
			}
			if b.Outdir != assetsDir {
				continue
			}
			rel, err := filepath.Rel(assetsDir, f.Path)
			if err != nil || strings.Contains(rel, "..") {
				return fmt.Errorf("esbuild wrote outside assets: %s", f.Path)
			}
			name := "assets/" + filepath.ToSlash(rel)
			switch {
			case strings.HasPrefix(rel, "main.") && strings.HasSuffix(rel, ".js") && b.Format == api.FormatESModule:
				assets.JS = name
			case strings.HasPrefix(rel, "style.") && strings.HasSuffix(rel, ".css"):
				assets.CSS = name
			case strings.HasPrefix(rel, "worker.") && strings.HasSuffix(rel, ".js"):
				assets.Worker = name
			case strings.HasSuffix(rel, ".js"):
				assets.Chunks = append(assets.Chunks, name)
			}
		}
	}
	if assets.JS == "" || assets.CSS == "" || assets.Worker == "" {
		return fmt.Errorf("esbuild did not produce every bundle: %+v", *assets)
	}
	return nil
}

// copyTree copies the files under src (if it exists) into dst.
func copyTree(src, dst string) error {
	if !fileExists(src) {
		return nil
	}
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// parseTemplates reads web/templates/*.html.
func parseTemplates(dir string) (*template.Template, error) {
	t := template.New("").Funcs(template.FuncMap{
		"add": func(a, b int) int { return a + b },
	})
	return t.ParseGlob(filepath.Join(dir, "*.html"))
}
