"""The error handling from OpenAI's help center (2023): one except clause per error type."""
import openai


def ask(question, model="gpt-4"):
    try:
        response = openai.ChatCompletion.create(
            model=model, messages=[{"role": "user", "content": question}]
        )
        return response["choices"][0]["message"]["content"]
    except openai.error.APIError as e:
        return f"OpenAI API returned an API Error ({type(e).__name__})"
    except openai.error.APIConnectionError:
        return "Failed to connect to OpenAI API"
    except openai.error.InvalidRequestError as e:
        return f"Invalid request: {e.code}"
    except openai.error.RateLimitError:
        return "OpenAI API request exceeded rate limit"


if __name__ == "__main__":
    print(ask("hello", model="my-old-finetune"))
    print(ask("hello"))
