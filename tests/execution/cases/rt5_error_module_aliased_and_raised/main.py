import openai
from openai import error as openai_error


def ask(question, model="gpt-3.5-turbo"):
    if not question.strip():
        raise openai_error.InvalidRequestError("question is empty", "messages")
    try:
        response = openai.ChatCompletion.create(
            model=model, messages=[{"role": "user", "content": question}]
        )
    except openai_error.InvalidRequestError as e:
        return f"rejected ({e.http_status})"
    except (openai_error.Timeout, openai_error.ServiceUnavailableError, openai_error.TryAgain):
        return "busy"
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("Hi"))
    print(ask("Hi", model="gpt-3.5-turbo-nonexistent"))
    try:
        ask("   ")
    except openai_error.OpenAIError as e:
        print("refused locally:", type(e).__name__, e.param if hasattr(e, "param") else "?")
