# Seeded random simulation: dice game, random walk, card shuffling with a seed (random.seed(7))
import random
random.seed(7)
position = 0
path = []
for step in range(30):
    position += random.choice([-1, 1])
    path.append(position)
print("walk:", path)
print("final", position, "max", max(path), "min", min(path))
scores = {"ann": 0, "ben": 0, "cat": 0}
for rnd in range(1, 6):
    for player in scores:
        roll = random.randint(1, 6) + random.randint(1, 6)
        scores[player] += roll
    print("round", rnd, scores)
winner = max(scores, key=lambda k: scores[k])
print("winner:", winner)
suits = "SHDC"
ranks = "A23456789TJQK"
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for i, hand in enumerate(hands):
    print("hand", i, hand)
random.seed(99)
samples = [random.random() for _ in range(10)]
print([round(x, 4) for x in samples])
hits = 0
random.seed(3)
for _ in range(2000):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        hits += 1
print("pi estimate:", 4 * hits / 2000)
