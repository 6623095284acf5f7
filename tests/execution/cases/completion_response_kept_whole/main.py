import json

import openai

history = []


def complete(prompt, stop=None):
    response = openai.Completion.create(model="text-davinci-003", prompt=prompt, max_tokens=64,
                                        stop=stop)
    history.append(response)
    return response


def report():
    for item in history:
        choice = item["choices"][0]
        print(choice["text"].strip(), item.choices[0].finish_reason)
        if "text" in choice:
            print(sorted(json.loads(json.dumps(item["usage"]))))


if __name__ == "__main__":
    complete("Name a colour.")
    complete("List two fruits, one per paragraph.", stop=["\n\n"])
    report()
