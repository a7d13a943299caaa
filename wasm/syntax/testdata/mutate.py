"""Break programs of the corpus at random and record what CPython 3.11 says.

Usage: python3 mutate.py SEED COUNT OUT.jsonl  (then SYNTAX_MUTANTS=OUT.jsonl go test -run TestMutants)
"""
import json, random, sys, glob, os, warnings
warnings.simplefilter("ignore")
random.seed(int(sys.argv[1]))
files = [f for f in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../testdata/*/*.py")) if "syntax" not in os.path.basename(f)]
srcs = [open(f, encoding="utf-8").read() for f in files]
inserts = [":", "(", ")", "[", "]", "{", "}", "=", ",", ".", "*", "**", "if", "else", "for", "in", "not", "lambda", "def", "class", "return", "yield", "pass", "x", "1", "'s'", "\"", "'", "\n", "    ", "\t", "\\", "#", "f'{", "}", "==", ":=", "->", "@", "import", "from", "as", "global", "del", "try", "except", "finally", "with", "while", "break", "continue", "and", "or", "is", "None", "True", "async", "await", "match", ";"]
out = []
n = int(sys.argv[2])
while len(out) < n:
    src = random.choice(srcs)
    lines = src.split("\n")
    i = random.randrange(len(lines))
    j = min(len(lines), i + random.randrange(1, 8))
    chunk = "\n".join(lines[i:j])
    if not chunk.strip():
        continue
    for _ in range(random.randrange(1, 3)):
        k = random.randrange(len(chunk) + 1)
        op = random.randrange(3)
        if op == 0 and chunk:
            chunk = chunk[:k] + chunk[k + 1:]
        elif op == 1:
            chunk = chunk[:k] + random.choice(inserts) + chunk[k:]
        else:
            w = random.choice(inserts)
            chunk = chunk[:k] + " " + w + " " + chunk[k:]
    chunk += "\n"
    try:
        compile(chunk, "main.py", "exec")
        continue
    except SyntaxError as e:
        out.append({"src": chunk, "type": type(e).__name__, "msg": e.msg, "lineno": e.lineno or 0,
                    "offset": e.offset or 0, "end_lineno": e.end_lineno or 0, "end_offset": e.end_offset or 0})
    except Exception:
        continue
with open(sys.argv[3], "w") as f:
    for o in out:
        f.write(json.dumps(o) + "\n")
