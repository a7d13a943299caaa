package vm

import (
	"fmt"
	"strings"
	"unicode"

	"lockstep/wasm/syntax"
)

// FormatException formats exc with its chained causes and contexts, as
// CPython's default excepthook prints them.
func (m *Machine) FormatException(th *Thread, exc *Exception) string {
	var b strings.Builder
	seen := map[*Exception]bool{}
	m.formatChain(&b, th, exc, seen)
	return b.String()
}

func (m *Machine) formatChain(b *strings.Builder, th *Thread, exc *Exception, seen map[*Exception]bool) {
	seen[exc] = true
	if exc.Cause != nil && !seen[exc.Cause] {
		m.formatChain(b, th, exc.Cause, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if exc.Context != nil && !exc.SuppressContext && !seen[exc.Context] {
		m.formatChain(b, th, exc.Context, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	m.formatOne(b, th, exc)
}

func (m *Machine) formatOne(b *strings.Builder, th *Thread, exc *Exception) {
	if len(exc.Traceback) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		entries := exc.Traceback
		// entries were recorded innermost first
		var lastKey string
		repeat := 0
		flush := func() {
			if repeat > 3 {
				n := repeat - 3
				s := "s"
				if n == 1 {
					s = ""
				}
				fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", n, s)
			}
		}
		for i := len(entries) - 1; i >= 0; i-- {
			e := entries[i]
			line := 0
			if e.PC < len(e.Code.Spans) {
				line = int(e.Code.Spans[e.PC].Line)
			}
			key := fmt.Sprintf("%s:%d:%s", e.Code.Filename, line, e.Code.Name)
			if key == lastKey {
				repeat++
				if repeat > 3 {
					continue
				}
			} else {
				flush()
				lastKey = key
				repeat = 1
			}
			m.formatEntry(b, e)
		}
		flush()
	}
	b.WriteString(m.exceptionLine(th, exc))
	b.WriteString("\n")
}

func (m *Machine) formatEntry(b *strings.Builder, e TracebackEntry) {
	code := e.Code
	var sp = code.Spans[min(e.PC, len(code.Spans)-1)]
	fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", code.Filename, sp.Line, code.Name)
	if sp.Line <= 0 || int(sp.Line) > len(m.lines) || code.Filename != m.prog.Filename {
		return
	}
	original := m.lines[sp.Line-1]
	stripped := strings.TrimSpace(original)
	if stripped == "" {
		return
	}
	b.WriteString("    " + stripped + "\n")
	if sp.Col <= 0 || sp.EndCol <= 0 {
		return
	}
	runes := []rune(original)
	strippedChars := len(runes) - len([]rune(strings.TrimLeftFunc(original, unicode.IsSpace)))
	strippedLen := len([]rune(stripped))
	start := int(sp.Col) // 1-based
	end := int(sp.EndCol)
	var anchors *caretAnchors
	if sp.EndLine == sp.Line {
		if start-1 >= 0 && end-1 <= len(runes) && start <= end {
			anchors = extractAnchors(string(runes[start-1 : end-1]))
		}
	} else {
		end = strippedChars + strippedLen + 1
	}
	if end-start < strippedLen || (anchors != nil && anchors.right-anchors.left > 0) {
		b.WriteString("    ")
		b.WriteString(strings.Repeat(" ", max(0, start-1-strippedChars)))
		if anchors != nil {
			b.WriteString(strings.Repeat("~", anchors.left))
			b.WriteString(strings.Repeat("^", anchors.right-anchors.left))
			b.WriteString(strings.Repeat("~", max(0, end-start-anchors.right)))
		} else {
			b.WriteString(strings.Repeat("^", max(1, end-start)))
		}
		b.WriteString("\n")
	}
}

// caretAnchors are the offsets (in characters, within the segment) of the
// operator that CPython 3.11 underlines with ^ inside a binary operation or
// a subscript; the rest of the segment gets ~.
type caretAnchors struct{ left, right int }

// extractAnchors mirrors traceback._extract_caret_anchors_from_line_segment.
func extractAnchors(segment string) *caretAnchors {
	mod, err := syntax.Parse("<segment>", []byte(segment))
	if err != nil || len(mod.Body) != 1 {
		return nil
	}
	st, ok := mod.Body[0].(*syntax.ExprStmt)
	if !ok {
		return nil
	}
	seg := []rune(segment)
	switch x := st.X.(type) {
	case *syntax.BinOp:
		_, leftEnd := x.X.Span()
		rightStart, _ := x.Y.Span()
		if leftEnd.Line != 1 || rightStart.Line != 1 {
			return nil
		}
		opStart, opEnd := int(leftEnd.Col)-1, int(rightStart.Col)-1
		if opStart < 0 || opEnd > len(seg) || opStart > opEnd {
			return nil
		}
		opStr := seg[opStart:opEnd]
		opOffset := 0
		for opOffset < len(opStr) && unicode.IsSpace(opStr[opOffset]) {
			opOffset++
		}
		left := opStart + opOffset
		right := left + 1
		if opOffset+1 < len(opStr) && !unicode.IsSpace(opStr[opOffset+1]) {
			right++
		}
		for left < len(seg) && (unicode.IsSpace(seg[left]) || seg[left] == ')' || seg[left] == '#') {
			left++
			right++
		}
		return &caretAnchors{left, right}
	case *syntax.Subscript:
		_, valueEnd := x.X.Span()
		_, sliceEnd := x.Index.Span()
		if valueEnd.Line != 1 || sliceEnd.Line != 1 {
			return nil
		}
		left := int(valueEnd.Col) - 1
		right := int(sliceEnd.Col) - 1 + 1
		for left < len(seg) && (unicode.IsSpace(seg[left]) || seg[left] != '[') {
			left++
		}
		for right < len(seg) && (unicode.IsSpace(seg[right]) || seg[right] != ']') {
			right++
		}
		if right < len(seg) {
			right++
		}
		return &caretAnchors{left, right}
	}
	return nil
}

// exceptionLine formats the last line: "TypeName: message".
func (m *Machine) exceptionLine(th *Thread, exc *Exception) string {
	name := exc.Class.QualName
	if name == "" {
		name = exc.Class.Name
	}
	if mod := exc.Class.Module; mod != "" && mod != "__main__" && mod != "builtins" {
		name = mod + "." + name
	}
	var msg string
	var err error
	if th != nil {
		m.depthSlack += 50
		msg, err = ToStr(th, exc)
		m.depthSlack -= 50
	} else {
		msg = exc.Message()
	}
	if err != nil {
		msg = "<exception str() failed>"
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}
