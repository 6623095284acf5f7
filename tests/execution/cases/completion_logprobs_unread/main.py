import openai


def solve(question):
    # Research scripts asked for logprobs=1 out of habit; this one only reads the text.
    result = openai.Completion.create(
        engine="text-davinci-003",
        prompt=f"Q: {question}\nA:",
        max_tokens=64,
        n=1,
        logprobs=1,
    )
    return [choice["text"].strip() for choice in result["choices"]]


if __name__ == "__main__":
    for answer in solve("What is the capital of France?"):
        print(answer)
