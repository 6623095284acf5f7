import openai

TWEETS = [
    "I loved the new Batman movie!",
    "The service at this restaurant was terrible.",
    "It's raining again.",
]
EXPECTED = ["Positive", "Negative", "Neutral"]

PROMPT = """Classify the sentiment in these tweets:

Tweet: "{tweet}"
Sentiment:"""


def classify(tweet):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=PROMPT.format(tweet=tweet),
        temperature=0,
        max_tokens=1,
        top_p=1.0,
        frequency_penalty=0.0,
        presence_penalty=0.0,
    )
    return response.choices[0].text.strip()


correct = 0
for tweet, expected in zip(TWEETS, EXPECTED):
    label = classify(tweet)
    correct += label == expected
    print(f"{tweet[:30]!r:34} -> {label!r}")
print("accuracy:", correct / len(TWEETS))
