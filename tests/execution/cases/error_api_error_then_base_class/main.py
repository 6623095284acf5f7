import openai

MODEL = "gpt-3.5-turbo"


def classify(text, model=None):
    try:
        response = openai.ChatCompletion.create(
            model=model or MODEL,
            messages=[{"role": "user", "content": f"Classify the sentiment: {text}"}],
        )
    except openai.error.APIError:
        return "server error, try later"
    except openai.error.OpenAIError as exc:
        return f"request failed: {exc.code}"
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(classify("great film"))
    print(classify("great film", model="davinci-chat-nonexistent"))
