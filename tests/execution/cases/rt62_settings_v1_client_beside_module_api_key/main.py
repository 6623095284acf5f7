from summarizer import summarize
from tagger import tags

ARTICLES = [
    "The city council approved a new bike lane on Elm Street after a long debate.",
    "Local bakery wins regional award for its sourdough.",
]

if __name__ == "__main__":
    for article in ARTICLES:
        print("summary:", summarize(article))
        print("tags:", tags(article))
