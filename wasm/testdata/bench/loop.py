# Benchmark: tight integer loop summing 0..2,999,999 (3,000,000 iterations)
total = 0
for i in range(3000000):
    total += i
print(total)
