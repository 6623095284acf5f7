import openai

PROMPTS = ["Name a bird", "Name a tree", "Name a river"]


def main():
    answers = [
        (r := openai.Completion.create(model="text-davinci-003", prompt=p, max_tokens=8))["choices"][0]["text"].strip()
        for p in PROMPTS
    ]
    for p, a in zip(PROMPTS, answers):
        print(f"{p}: {a}")
    # the comprehension's walrus leaves the last response bound in main()
    print("last tokens:", r["usage"]["total_tokens"], "object:", r["object"])
    print("last finish:", r["choices"][0]["finish_reason"])


if __name__ == "__main__":
    main()
