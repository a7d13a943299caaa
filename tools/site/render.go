package main

import (
	"bytes"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"lockstep/tools/internal/lesson"
)

// lessonLink is a lesson as the navigation shows it.
type lessonLink struct {
	Number  int
	Name    string
	Title   string
	Summary string
	Href    string
	Current bool
	// Challenges is how many challenges the lesson has (the index shows
	// how many of them the learner has done).
	Challenges int
}

// pageData is what every template receives.
type pageData struct {
	// Kind is "index", "lesson", "playground", "embed" or "notfound"; the
	// page script reads it from <body data-page>.
	Kind        string
	Title       string
	Description string
	Assets      Assets
	CSP         string
	Lessons     []lessonLink
	// Lesson, Prev and Next are set on lesson pages.
	Lesson  *lessonLink
	Prev    *lessonLink
	Next    *lessonLink
	Content template.HTML
}

// writePages renders every page into out and returns how many it wrote.
func writePages(templatesDir, out string, lessons []*lesson.Lesson, assets Assets) (int, error) {
	tmpl, err := parseTemplates(templatesDir)
	if err != nil {
		return 0, fmt.Errorf("templates: %w", err)
	}
	links := make([]lessonLink, len(lessons))
	for i, l := range lessons {
		links[i] = lessonLink{Number: i + 1, Name: l.Name, Title: l.Title, Summary: l.Summary, Href: l.Name + ".html", Challenges: len(l.Challenges)}
	}
	base := pageData{Assets: assets, CSP: MetaCSP, Lessons: links}
	pages := 0
	write := func(name, tmplName string, d pageData) error {
		var buf bytes.Buffer
		if err := tmpl.ExecuteTemplate(&buf, tmplName, d); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		pages++
		return os.WriteFile(filepath.Join(out, name), buf.Bytes(), 0o644)
	}

	d := base
	d.Kind, d.Title = "index", "Lockstep"
	d.Description = "Learn thread synchronization by watching threads interleave, step by step."
	if err := write("index.html", "index.html", d); err != nil {
		return 0, err
	}
	d = base
	d.Kind, d.Title = "playground", "Playground · Lockstep"
	d.Description = "Write a Python program that starts threads and watch how they interleave."
	if err := write("playground.html", "playground.html", d); err != nil {
		return 0, err
	}
	d = base
	d.Kind, d.Title = "embed", "Lockstep"
	if err := write("embed.html", "embed.html", d); err != nil {
		return 0, err
	}
	d = base
	d.Kind, d.Title = "notfound", "Not found · Lockstep"
	if err := write("404.html", "404.html", d); err != nil {
		return 0, err
	}
	// Pages written in Markdown (web/pages/NAME.md → NAME.html): the page
	// for course authors. The first "# " line is the title.
	docs, _ := filepath.Glob(filepath.Join(templatesDir, "..", "pages", "*.md"))
	for _, p := range docs {
		src, err := os.ReadFile(p)
		if err != nil {
			return 0, err
		}
		var buf bytes.Buffer
		md := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithParserOptions(parser.WithAutoHeadingID()))
		if err := md.Convert(src, &buf); err != nil {
			return 0, fmt.Errorf("%s: %w", p, err)
		}
		d := base
		d.Kind, d.Title = "doc", "Lockstep"
		for _, line := range bytes.Split(src, []byte("\n")) {
			if t, ok := bytes.CutPrefix(line, []byte("# ")); ok {
				d.Title = string(bytes.TrimSpace(t)) + " · Lockstep"
				break
			}
		}
		d.Content = template.HTML(buf.String())
		if err := write(strings.TrimSuffix(filepath.Base(p), ".md")+".html", "doc.html", d); err != nil {
			return 0, err
		}
	}
	for i, l := range lessons {
		html, err := renderLesson(l)
		if err != nil {
			return 0, err
		}
		d := base
		d.Lessons = append([]lessonLink(nil), links...)
		d.Lessons[i].Current = true
		d.Kind = "lesson"
		d.Title = l.Title + " · Lockstep"
		d.Description = l.Summary
		d.Lesson = &d.Lessons[i]
		if i > 0 {
			d.Prev = &links[i-1]
		}
		if i+1 < len(links) {
			d.Next = &links[i+1]
		}
		d.Content = template.HTML(html)
		if err := write(l.Name+".html", "lesson.html", d); err != nil {
			return 0, err
		}
	}
	return pages, nil
}

// renderLesson turns a lesson's Markdown into HTML: GFM, raw HTML off,
// headings with ids, scenarios as scenario cards, challenges as goal boxes,
// solutions left out.
func renderLesson(l *lesson.Lesson) ([]byte, error) {
	fr := &fenceRenderer{lesson: l}
	md := goldmark.New(
		goldmark.WithExtensions(extension.GFM),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
		goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(fr, 100))),
	)
	var buf bytes.Buffer
	if err := md.Convert(l.Body, &buf); err != nil {
		return nil, fmt.Errorf("%s.md: %w", l.Name, err)
	}
	if fr.next != len(l.Blocks) {
		return nil, fmt.Errorf("%s.md: rendered %d of %d lesson blocks", l.Name, fr.next, len(l.Blocks))
	}
	return buf.Bytes(), nil
}

// fenceRenderer renders fenced code blocks. It walks the lesson's Blocks in
// the same order lesson.Parse found them (both use lesson.Classify on the
// same goldmark parse).
type fenceRenderer struct {
	lesson *lesson.Lesson
	next   int
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r *fenceRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindFencedCodeBlock, r.render)
}

var (
	scenarioTmpl = template.Must(template.New("scenario").Parse(
		`<figure class="scenario-card" id="scenario-{{.ID}}" data-scenario="{{.ID}}"` +
			`{{with .Title}} data-title="{{.}}"{{end}}` +
			`{{if .Expect}} data-expect="{{.ExpectText}}"{{end}}` +
			`{{if .ExpectIncludes}} data-expect-includes="{{.IncludesText}}"{{end}}>` +
			"\n" + `<figcaption><span class="kicker">Scenario</span> {{if .Title}}{{.Title}}{{else}}{{.ID}}{{end}}</figcaption>` +
			"\n" + `<pre class="scenario-source"><code class="language-python">{{.Source}}</code></pre>` +
			"\n</figure>\n"))
	challengeTmpl = template.Must(template.New("challenge").Parse(
		`<aside class="challenge" data-challenge-for="{{.For}}" data-kind="{{.Kind}}" data-goal="{{.GoalText}}" aria-label="Challenge">` +
			"\n" + `<p class="kicker">Challenge · {{if eq .Kind "step"}}be the scheduler{{else}}change the code{{end}}</p>` +
			"\n" + `<div class="challenge-text">{{.HTML}}</div>` +
			"\n" + `<p class="challenge-status" data-testid="challenge-status" aria-live="polite"></p>` +
			"\n</aside>\n"))
)

func (r *fenceRenderer) render(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.FencedCodeBlock)
	if !entering {
		return ast.WalkContinue, nil
	}
	info := ""
	if n.Info != nil {
		info = string(n.Info.Segment.Value(source))
	}
	lang, attrs, err := lesson.ParseInfo(info)
	kind := lesson.KindNone
	if err == nil {
		kind = lesson.Classify(lang, attrs)
	}
	if kind == lesson.KindNone {
		var b bytes.Buffer
		b.WriteString("<pre><code")
		if lang != "" {
			b.WriteString(` class="language-`)
			template.HTMLEscape(&b, []byte(lang))
			b.WriteString(`"`)
		}
		b.WriteString(">")
		template.HTMLEscape(&b, []byte(lesson.FenceText(n, source)))
		b.WriteString("</code></pre>\n")
		_, err := w.Write(b.Bytes())
		return ast.WalkSkipChildren, err
	}
	if r.next >= len(r.lesson.Blocks) || r.lesson.Blocks[r.next].Kind != kind {
		return ast.WalkStop, fmt.Errorf("lesson block %d does not match the parse", r.next)
	}
	blk := r.lesson.Blocks[r.next]
	r.next++
	switch kind {
	case lesson.KindScenario:
		s := blk.Scenario
		err = scenarioTmpl.Execute(w, map[string]any{
			"ID": s.ID, "Title": s.Title, "Source": s.Source,
			"Expect": s.Expect != nil, "ExpectText": lesson.FormatOutcomes(s.Expect),
			"ExpectIncludes": s.ExpectIncludes != nil, "IncludesText": lesson.FormatOutcomes(s.ExpectIncludes),
		})
	case lesson.KindChallenge:
		c := blk.Challenge
		var text bytes.Buffer
		if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert([]byte(c.Text), &text); err != nil {
			return ast.WalkStop, err
		}
		err = challengeTmpl.Execute(w, map[string]any{
			"For": c.For, "Kind": c.Kind, "GoalText": c.Goal.String(), "HTML": template.HTML(text.String()),
		})
	case lesson.KindSolution:
		// Reference solutions stay out of the published page.
	}
	return ast.WalkSkipChildren, err
}
