# Text processing: word frequency, caesar cipher, palindromes, anagrams, run-length encoding
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print("words:", len(words), "unique:", len(freq))
for w, c in top:
    print(f"{w:>8} {'#' * c} {c}")
print("lines:", len(text.splitlines()), "chars:", len(text), "letters:", sum(ch.isalpha() for ch in text))
def caesar(s, shift):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
secret = caesar("Hello, World! Zebra", 3)
print(secret, "|", caesar(secret, -3), "|", caesar("abc", 52))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(s), is_palindrome(s))
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
def rle(s):
    if not s:
        return []
    out = [[s[0], 1]]
    for ch in s[1:]:
        if ch == out[-1][0]:
            out[-1][1] += 1
        else:
            out.append([ch, 1])
    return "".join(f"{c}{n}" for c, n in out)
def unrle(s):
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        j = i + 1
        while j < len(s) and s[j].isdigit():
            j += 1
        out.append(ch * int(s[i + 1:j]))
        i = j
    return "".join(out)
enc = rle("aaabccddddde")
print(enc, unrle(enc), unrle(enc) == "aaabccddddde")
print(" ".join(w[::-1] for w in "reverse each word here".split()))
print(" ".join(reversed("reverse word order here".split())))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels)
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
print("title:", "the old man and the sea".title(), "|", "snake_case_name".replace("_", " ").title().replace(" ", ""))
