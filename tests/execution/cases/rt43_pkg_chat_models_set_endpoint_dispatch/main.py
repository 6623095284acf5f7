from settings import CLASSIFIER_MODEL, WRITER_MODEL
from textgen.generate import generate

REVIEWS = ["The battery lasts all day and the screen is sharp.", "Broke after a week."]

print(generate("Write a tagline for a solar powered phone charger", WRITER_MODEL))
for review in REVIEWS:
    label = generate(f"Review: {review}\nSentiment (positive or negative):", CLASSIFIER_MODEL,
                     max_tokens=6)
    print(label.splitlines()[-1])
