text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! Quick, quick, said the bird: the fox is gone."""
counts = {}
for raw in text.split():
    word = raw.strip(".,;:!?").lower()
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:<8}{n:>3}")
print(len(counts), sum(counts.values()))
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest)
