"""Count tokens of every call by wrapping openai.Completion.create (eval harness trick)."""
import openai

TOKENS = {"prompt": 0, "completion": 0, "calls": 0}
_original_create = openai.Completion.create


def counting_create(*args, **kwargs):
    response = _original_create(*args, **kwargs)
    TOKENS["prompt"] += response["usage"]["prompt_tokens"]
    TOKENS["completion"] += response["usage"]["completion_tokens"]
    TOKENS["calls"] += 1
    return response


openai.Completion.create = counting_create


def answer(question):
    r = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Answer briefly.\nQ: {question}\nA:",
        max_tokens=40,
        temperature=0,
    )
    return r["choices"][0]["text"].strip()


for q in ["Why is the sea salty?", "What is photosynthesis?"]:
    print(answer(q))
print("usage:", TOKENS)
