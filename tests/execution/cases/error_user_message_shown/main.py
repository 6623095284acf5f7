"""Show a friendly message for API errors instead of a traceback."""
import openai


def ask(messages):
    try:
        response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
    except openai.error.OpenAIError as e:
        print(f"request failed: {e.user_message}")
        return None
    return response["choices"][0]["message"]["content"]


def main():
    print(ask([{"role": "user", "content": "Say hi"}]))
    print(ask([]))


if __name__ == "__main__":
    main()
