"""Report API errors with their HTTP status and the error object's fields."""
import openai


def ask(model, messages):
    try:
        response = openai.ChatCompletion.create(model=model, messages=messages)
        return response["choices"][0]["message"]["content"]
    except openai.error.InvalidRequestError as e:
        print(f"invalid request: code={e.error.code} "
              f"type={e.error['type']}")
        return None


print(ask("gpt-3.5-turbo", [{"role": "user", "content": "ping"}]))
print(ask("gpt-3.5-turbo", []))
print(ask("gpt-5-ultra", [{"role": "user", "content": "ping"}]))
