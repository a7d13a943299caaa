package syntax

import "strings"

// Format returns the error as CPython prints it when a program fails to
// compile:
//
//	  File "main.py", line 3
//	    x = = 1
//	        ^
//	SyntaxError: invalid syntax
//
// The source line is shown without its indentation, with one caret per
// character of the offending range (a single caret when the end is
// unknown), as CPython 3.11 does.
func (e *Error) Format() string {
	var sb strings.Builder
	if !e.Pos.IsValid() {
		// An error about the whole file, such as bad UTF-8.
		return e.Type + ": " + e.Msg + "\n"
	}
	sb.WriteString("  File \"" + e.Filename + "\", line " + itoa(int(e.Pos.Line)) + "\n")
	if e.Line != "" || e.Pos.Col > 0 {
		e.formatLine(&sb)
	}
	sb.WriteString(e.Type)
	if e.Msg != "" {
		sb.WriteString(": " + e.Msg)
	}
	sb.WriteString("\n")
	return sb.String()
}

// formatLine writes the source line and the carets, following
// print_error_text in CPython's Python/pythonrun.c.
func (e *Error) formatLine(sb *strings.Builder) {
	text := []rune(e.Line)
	offset := int(e.Pos.Col) // 1-based
	end := int(e.End.Col)
	if e.End.Line != 0 && e.End.Line != e.Pos.Line {
		end = len(text) + 1
	}
	reps := 1
	// CPython 3.11 shows a single caret for indentation errors.
	if e.End.Line != 0 && end > offset && e.Type != "IndentationError" && e.Type != "TabError" {
		reps = end - offset
	}
	offset-- // 0-based
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f') {
		i++
		offset--
	}
	text = text[i:]
	if offset > len(text) {
		offset = len(text)
	}
	sb.WriteString("    " + string(text) + "\n")
	if offset < 0 || e.Pos.Col == 0 {
		return
	}
	sb.WriteString("    " + strings.Repeat(" ", offset) + strings.Repeat("^", reps) + "\n")
}
