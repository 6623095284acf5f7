from collections import Counter, defaultdict

import openai

N = 3
WORDS = ["happy", "sad", "angry"]


def main():
    prompts = [f"Give one synonym of '{w}':" for w in WORDS]
    response = openai.Completion.create(
        model="text-davinci-003", prompt=prompts, n=N, max_tokens=5, temperature=1.0
    )
    grouped = defaultdict(list)
    for choice in response["choices"]:
        grouped[choice["index"] // N].append(choice["text"].strip())
    for i, word in enumerate(WORDS):
        top, votes = Counter(grouped[i]).most_common(1)[0]
        print(f"{word}: {top} ({votes}/{len(grouped[i])})")


if __name__ == "__main__":
    main()
