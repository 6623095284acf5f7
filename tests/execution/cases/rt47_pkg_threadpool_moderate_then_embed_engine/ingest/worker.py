from . import safety, vectors


def process(text):
    flagged, categories, violence = safety.check(text)
    record = {"text": text, "flagged": flagged, "categories": categories,
              "violence": violence, "dims": 0}
    if not flagged:
        vector = vectors.embed(text)
        record["dims"] = len(vector)
        record["head"] = [round(v, 3) for v in vector[:2]]
    return record
