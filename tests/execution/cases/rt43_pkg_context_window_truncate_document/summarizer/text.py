def clip_words(text, limit):
    words = text.split()
    return " ".join(words[:limit])
