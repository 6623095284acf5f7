def estimate_tokens(text):
    # rule of thumb from the OpenAI docs: ~4 characters per token
    return max(1, len(text) // 4)


def split(text, limit):
    chunks, current = [], []
    for sentence in text.replace("\n", " ").split(". "):
        candidate = ". ".join(current + [sentence])
        if current and estimate_tokens(candidate) > limit:
            chunks.append(". ".join(current))
            current = [sentence]
        else:
            current.append(sentence)
    if current:
        chunks.append(". ".join(current))
    return chunks
