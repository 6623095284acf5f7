import openai


def sentiment(review):
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=f"Review: {review}\nSentiment (positive/negative):",
        max_tokens=5,
    )
    return response["choices"][0]["text"].strip()
