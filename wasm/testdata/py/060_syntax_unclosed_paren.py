# SyntaxError: an opening parenthesis that is never closed
def mean(values):
    return sum(values) / len(values)
print("never printed")
values = [1, 2, 3]
scaled = [v * 10 for v in values]
label = "total"
total = sum(values
print(total)
for v in values:
    print(v)
result = {
    "mean": mean(values),
    "label": label,
}
print(result)
