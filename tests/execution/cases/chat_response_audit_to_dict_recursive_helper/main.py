"""Every response goes through audit(), which keeps a plain-dict copy for the compliance log."""
import openai

AUDIT = []


def audit(response):
    AUDIT.append(response.to_dict_recursive())


def ask(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    audit(response)
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("Hello?"))
    record = AUDIT[0]
    print(type(record).__name__, record["usage"]["total_tokens"], record["choices"][0]["message"]["content"])
