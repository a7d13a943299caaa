"""Regenerate errors.golden from errors.txt with CPython 3.11.

Each case of errors.txt starts with a line `#### name`; its source is the
lines that follow. The golden holds what CPython prints for it, the way
`python3 main.py` shows a SyntaxError.
"""
import os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
cases = []
for line in open(os.path.join(here, "errors.txt"), encoding="utf-8").read().split("\n"):
    if line.startswith("#### "):
        cases.append([line[5:], []])
    elif cases:
        cases[-1][1].append(line)

out = []
with tempfile.TemporaryDirectory() as d:
    for name, lines in cases:
        while lines and lines[-1] == "":
            lines.pop()
        src = "\n".join(lines) + "\n"
        with open(os.path.join(d, "main.py"), "w", encoding="utf-8") as f:
            f.write(src)
        r = subprocess.run([sys.executable, "-c",
                            "compile(open('main.py', encoding='utf-8').read(), 'main.py', 'exec')"],
                           cwd=d, capture_output=True, text=True)
        err = r.stderr.split("\n")
        # Drop the traceback of the -c script.
        for i, l in enumerate(err):
            if l.startswith('  File "main.py"'):
                err = err[i:]
                break
        else:
            err = [l for l in err if not l.startswith("Traceback") and not l.startswith('  File "<string>"')]
        text = "\n".join(err).rstrip("\n")
        out.append("#### " + name + "\n" + (text or "(no error)") + "\n")
open(os.path.join(here, "errors.golden"), "w", encoding="utf-8").write("".join(out))
