# Uncaught ValueError: invalid literal for int() with base 10
def parse_all(tokens):
    out = []
    for tok in tokens:
        out.append(int(tok))
        print("parsed", tok)
    return out
print(parse_all(["7", " 8 ", "-9", "+10"]))
for bad, base in [("12", 2), ("g", 16), ("1.5", 10)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("caught:", e)
try:
    float("one")
except ValueError as e:
    print("caught:", e)
parse_all(["1", "22", "x", "4"])
