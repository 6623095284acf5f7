from operator import itemgetter

import openai


def candidates(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        n=3,
    )
    longest = max(response["choices"], key=lambda c: len(c["message"]["content"]))
    print("longest is choice", longest["index"])
    for choice in sorted(response["choices"], key=itemgetter("index"), reverse=True):
        print(choice["index"], choice["message"]["content"])
    print([c["index"] for c in response["choices"][::-2]])
    by_index = dict(enumerate(reversed(response["choices"])))
    return by_index[0]["message"]["content"]


print(candidates("Suggest a name for a cat"))
