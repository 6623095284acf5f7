import openai

HELPLINE = "If you are struggling, please reach out to a local helpline."


def moderate(text):
    result = openai.Moderation.create(input=text)["results"][0]
    scores = dict(result["category_scores"])
    top = max(scores, key=scores.get)
    return result["flagged"], result["categories"]["self-harm"], top


def reply(text):
    flagged, self_harm, top = moderate(text)
    print(f"moderation: flagged={flagged}" + (f" top={top}" if flagged else ""))
    if self_harm:
        return HELPLINE
    if flagged:
        return "Message blocked."
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": text}],
    )
    return completion["choices"][0]["message"]["content"]


if __name__ == "__main__":
    for text in ["What's a good name for a cat?", "I'm going to hurt him"]:
        print(reply(text))
