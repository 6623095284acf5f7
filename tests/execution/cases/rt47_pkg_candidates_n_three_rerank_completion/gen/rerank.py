def score(text, keywords):
    words = text.lower().split()
    return sum(words.count(k) for k in keywords) - 0.01 * len(words)


def best(cands, keywords):
    return max(cands, key=lambda c: (score(c[1], keywords), -c[0]))
