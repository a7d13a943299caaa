"""Regenerates exprs.golden from exprs.txt with CPython 3.11.

Each line of exprs.txt is a test: statements separated by " ;; ", the last
one an expression whose repr is printed (or the exception's type and
message). Lines starting with # and blank lines are skipped. The Go test
TestExprs runs the same program under Lockstep and compares.
"""
import sys

def program(lines):
    out = []
    for line in lines:
        parts = line.split(" ;; ")
        out.append("try:")
        for p in parts[:-1]:
            out.append("    " + p)
        out.append("    print(repr(" + parts[-1] + "))")
        out.append("except Exception as e:")
        out.append("    print(type(e).__name__ + ': ' + str(e))")
    return "\n".join(out) + "\n"

def tests(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), "use CPython 3.11"
    lines = tests("exprs.txt")
    import io, contextlib
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(program(lines), "exprs", "exec"), {})
    res = buf.getvalue().splitlines()
    assert len(res) == len(lines), (len(res), len(lines))
    with open("exprs.golden", "w", encoding="utf-8") as f:
        for l, r in zip(lines, res):
            f.write(l + "\n=> " + r + "\n")
