import random
random.seed(2024)
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"]]
random.shuffle(deck)
print(deck[:10])
hand = random.sample(deck, 5)
print(hand, len(set(hand)))
print([random.randint(1, 6) for _ in range(20)])
print(random.choice(deck), random.randrange(52), round(random.random(), 15))
counts = [0] * 6
for _ in range(600):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
print(random.sample(range(10), k=10))
