# SyntaxError: unterminated string literal stops compilation (lexer-level error)
def shout(s):
    return s.upper() + "!"
print("first")
words = ["alpha", "beta"]
for w in words:
    print(shout(w))
name = "unterminated
print(name)
counts = {w: len(w) for w in words}
print(counts)
if counts:
    print("non-empty")
print("last")
print(len(words))
