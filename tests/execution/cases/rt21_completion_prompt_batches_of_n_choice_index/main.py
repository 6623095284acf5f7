"""Batch several prompts into one Completion request (the 2023 rate-limit trick)."""
import openai

BATCH_SIZE = 3
WORDS = ["apple", "river", "cloud", "engine", "violin", "desert", "lantern"]


def make_prompt(word):
    return f"Write a one-line definition of the word '{word}':"


def define_all(words):
    definitions = [None] * len(words)
    for start in range(0, len(words), BATCH_SIZE):
        batch = words[start:start + BATCH_SIZE]
        response = openai.Completion.create(
            model="text-davinci-003",
            prompt=[make_prompt(w) for w in batch],
            max_tokens=30,
            temperature=0,
        )
        # choices come back in any order: match them to prompts by index
        for choice in response.choices:
            definitions[start + choice.index] = choice.text.strip()
        print(f"batch {start // BATCH_SIZE + 1}: {len(response.choices)} choices")
    return definitions


if __name__ == "__main__":
    for word, definition in zip(WORDS, define_all(WORDS)):
        print(f"{word}: {definition}")
