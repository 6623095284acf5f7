import openai


def label(text):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Sentiment (positive/negative) of: {text}\nSentiment:",
        max_tokens=3,
        temperature=0,
    )
    word = response["choices"][0]["text"].strip().lower()
    return "positive" if word.startswith("pos") else "negative"
