"""Tells an unreachable API from a slow one: 0.x's APIConnectionError and Timeout were
siblings, so the order of the two clauses did not matter."""
import openai


def ask(question):
    try:
        reply = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": question}],
            request_timeout=1,
        )
    except openai.error.APIConnectionError:
        return "network down: check the connection"
    except openai.error.Timeout:
        return "too slow: ask something shorter"
    return reply["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("what is 2 + 2?"))
    print(ask("[slow] explain everything"))
