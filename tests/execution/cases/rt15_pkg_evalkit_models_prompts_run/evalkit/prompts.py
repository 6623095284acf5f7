SENTIMENT = (
    "Classify the sentiment of the review as positive or negative.\n\n"
    "Review: {text}\nSentiment:"
)

TOPIC = "What is the main topic of this sentence? Answer in one word.\n\nSentence: {text}\nTopic:"

TEMPLATES = {"sentiment": SENTIMENT, "topic": TOPIC}


def render(task, **fields):
    return TEMPLATES[task].format(**fields)
