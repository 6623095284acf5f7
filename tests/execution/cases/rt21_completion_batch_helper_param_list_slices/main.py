"""Score sentences in batches: one Completion request carries up to 4 prompts."""
import openai

SENTENCES = [
    "The movie was fantastic.",
    "I hated the ending.",
    "It was fine, I guess.",
    "Best pizza in town!",
    "The service was slow.",
    "Absolutely wonderful day.",
]


def get_completions(prompts, model="text-davinci-003"):
    """Send a batch of prompts at once; return the texts in prompt order."""
    response = openai.Completion.create(model=model, prompt=prompts, max_tokens=5)
    texts = [""] * len(prompts)
    for choice in response["choices"]:
        texts[choice["index"]] = choice["text"].strip()
    return texts


def main():
    labels = []
    for i in range(0, len(SENTENCES), 4):
        batch = [f"Sentiment of: {s}\nLabel:" for s in SENTENCES[i:i + 4]]
        labels.extend(get_completions(batch))
    for sentence, label in zip(SENTENCES, labels):
        print(f"{label} <- {sentence}")


if __name__ == "__main__":
    main()
