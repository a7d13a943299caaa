# Strings: indexing, negative indices, slicing with steps, unicode, concatenation, comparison
s = "Hello, World"
print(s[0], s[4], s[-1], s[-5], len(s))
print(s[2:5], s[:5], s[7:], s[-5:], s[:-7], s[:])
print(s[::2], s[1::3], s[::-1], s[-1:-6:-1], s[10:2:-2])
print(repr(s[5:5]), repr(s[100:]), repr(s[3:1]), s[-100:3])
u = "héllo wörld ñ €"
print(u, len(u), u[1], u[-1], u[::-1])
print(u.upper(), u.title())
print("日本語", len("日本語"), "日本語"[1])
print(ord("é"), chr(233), ord("€"), chr(8364), ord("A"), chr(97))
print("ab" + "cd", "ab" * 3, 3 * "-", "x" * 0, repr("" * 5))
print("a" < "b", "abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
print("ell" in s, "xyz" in s, "" in s, "h" not in s)
n = None
print("abc" == "abc", "abc" != "ABC", n is not None)
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"))
print(repr("new\nline"), repr("back\\slash"), repr("\x00\x7f"), repr("é"), repr("\u200b"))
print("multi\nline")
print("tab\tsep")
t = """triple
quoted"""
print(t, len(t))
raw = r"raw\n\t"
print(raw, len(raw))
print("con" "cat" "enated")
for ch in "abc":
    print(ch, end=";")
print()
print(list("hey"), tuple("yo"))
print(str(123), str(-4.5), str([1, "a"]), str(None))
print("%s|%s" % ("a", "b"))
print(max("hello"), min("hello"), sorted("banana"))
print("x".join(["1", "2", "3"]), "".join(reversed("stressed")))
print(hash("abc") == hash("a" + "bc"))
print("abc"[1:2] * 2, "a-b-c".split("-")[::-1])
print(str("text"), len("\N{GREEK SMALL LETTER ALPHA}"))
print("caf\u00e9" == "café")
