# Dicts and strings: generate text from a vocabulary, count words and bigrams in dicts,
# build a report with %-formatting, str.format and f-strings, and join/split/replace/upper.
# Usage: <python> bench/dict_str.py [N]   (default 300000 words of generated text)
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "xe", "zu", "pra", "sti", "on", "el"]


def make_vocabulary(size):
    words = []
    for i in range(size):
        word = ""
        j = i
        while True:
            word += SYLLABLES[j % len(SYLLABLES)]
            j //= len(SYLLABLES)
            if j == 0:
                break
        words.append(word)
    return words


def make_text(vocabulary, n):
    """n words, skewed towards the start of the vocabulary, in sentences of 3-14 words."""
    state = 2024
    sentences = []
    sentence = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        r = state >> 8
        word = vocabulary[(r % len(vocabulary)) * (r % 7 + 1) // 8]
        sentence.append(word)
        if len(sentence) >= 3 + r % 12:
            sentence[0] = sentence[0].capitalize()
            sentences.append(" ".join(sentence) + ".")
            sentence = []
    return "\n".join(sentences)


def count_words(text):
    counts = {}
    bigrams = {}
    for line in text.split("\n"):
        words = line.rstrip(".").lower().split()
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        for a, b in zip(words, words[1:]):
            key = a + " " + b
            if key in bigrams:
                bigrams[key] += 1
            else:
                bigrams[key] = 1
    return counts, bigrams


def by_first_letter(counts):
    groups = {}
    for word, c in counts.items():
        groups.setdefault(word[0], []).append((c, word))
    return groups


def report(counts, bigrams):
    lines = []
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for rank, (word, c) in enumerate(top[:200]):
        lines.append("%4d. %-12s %6d" % (rank + 1, word, c))
        lines.append("{0:>4}| {1:<12}|{2:08.3f}".format(rank, word.upper(), c / len(counts)))
        lines.append(f"{word!r}:{c:,}:{len(word)}")
    groups = by_first_letter(counts)
    for letter in sorted(groups):
        entries = groups[letter]
        lines.append(letter + "=" + ",".join(w for _, w in sorted(entries)[:5]))
    common = max(bigrams, key=lambda k: (bigrams[k], k))
    lines.append("top bigram: %s x%d" % (common.replace(" ", "+"), bigrams[common]))
    return "\n".join(lines)


def checksum(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    vocabulary = make_vocabulary(3000)
    text = make_text(vocabulary, n)
    counts, bigrams = count_words(text)
    out = report(counts, bigrams)
    print("dict_str(%d): chars=%d distinct=%d bigrams=%d" % (n, len(text), len(counts), len(bigrams)))
    print("report: lines=%d checksum=%d" % (out.count("\n") + 1, checksum(out)))
    print(out.split("\n")[0])
    print(out.split("\n")[-1])


main()
