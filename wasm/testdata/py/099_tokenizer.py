# A tiny tokenizer and recursive-descent evaluator built from nested closures; SyntaxError raised and caught
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif ch in "+-*/()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    return tokens
def evaluate(tokens):
    pos = [0]
    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else (None, None)
    def take():
        pos[0] += 1
        return tokens[pos[0] - 1]
    def atom():
        kind, val = take()
        if val == "(":
            v = expr()
            take()
            return v
        if val == "-":
            return -atom()
        return val
    def term():
        v = atom()
        while peek()[1] in ("*", "/"):
            op = take()[1]
            v = v * atom() if op == "*" else v // atom()
        return v
    def expr():
        v = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            v = v + term() if op == "+" else v - term()
        return v
    return expr()
for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 / 2", "-(4 - 10) * 2", "2 * (3 + (4 - 1)) * 5", "7 $ 2"]:
    try:
        print(src, "=", evaluate(tokenize(src)))
    except SyntaxError as e:
        print(src, "-> SyntaxError:", e)
print(tokenize("12+(3*45)"))
