# Non-ASCII identifiers and strings: columns count characters.
café = "naïve"; ελληνικά = "αβγ"; x = café + ελληνικά
print(f"{café} {ελληνικά!r:>10} é")
s = "日本語"; t = s[1:]
y = "\N{GREEK SMALL LETTER BETA}" + "é" + x
if True:
	tabbed = 1
	if tabbed:
		deeper = 2
