import pickle


def render(path):
    with open(path, "rb") as fh:
        responses = pickle.load(fh)
    total = 0
    for question, resp in responses:
        choice = resp["choices"][0]
        print(f"Q: {question}")
        print(f"A: {choice['message']['content']} [{choice['finish_reason']}]")
        total += resp["usage"]["total_tokens"]
    print("tokens:", total)
