import openai

from llm import ask


def safe_ask(question, model):
    try:
        return ask(question, model=model)
    except openai.error.InvalidRequestError as e:
        return f"invalid request ({e.code})"
    except openai.error.OpenAIError:
        return "service error"


if __name__ == "__main__":
    print(safe_ask("Hello there", "gpt-3.5-turbo"))
    print(safe_ask("Hello there", "gpt-9-ultra"))
