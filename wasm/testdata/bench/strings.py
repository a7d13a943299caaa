# Benchmark: string building, slicing, joining and methods (~280k operations)
parts = []
for i in range(56000):
    s = "item" + str(i)
    parts.append(s.upper()[1:])
joined = ",".join(parts)
pieces = joined.split(",")
count = 0
for p in pieces:
    if p.endswith("7"):
        count += 1
acc = ""
for i in range(28000):
    acc += chr(97 + i % 26)
print(len(joined), len(pieces), count, acc.count("abc"), acc[-5:], pieces[12345])
