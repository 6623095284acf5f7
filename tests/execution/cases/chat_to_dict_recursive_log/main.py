"""Keep a JSON log of every exchange (the response converted to a plain dict first)."""
import json

import openai

LOG = []


def ask(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": question}]
    )
    record = response.to_dict_recursive()
    LOG.append({"question": question, "answer": record["choices"][0]["message"]["content"],
                "tokens": record["usage"]["total_tokens"]})
    return record["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("What is the capital of Peru?"))
    print(ask("And of Chile?"))
    print(json.dumps(LOG))
