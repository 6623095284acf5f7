import openai

PROMPTS = ["Q: What is the boiling point of water?\nA:", "Q: How many legs does a spider have?\nA:"]


def main():
    results = []
    for prompt in PROMPTS:
        response = openai.Completion.create(model="text-davinci-003", prompt=prompt, max_tokens=30)
        results.append(response)
    for r in results:
        print(r["choices"][0]["text"].strip(), "|", r["choices"][0]["finish_reason"], "|", r["usage"]["total_tokens"])


if __name__ == "__main__":
    main()
