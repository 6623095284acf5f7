import openai


def summarize(text):
    try:
        response = openai.ChatCompletion.create(
            model="gpt-4-0613",
            messages=[{"role": "user", "content": f"Summarize: {text}"}],
            max_tokens=200,
        )
    except openai.error.APIError as exc:
        print("API error:", type(exc).__name__)
        return None
    else:
        summary = response["choices"][0]["message"]["content"]
        return summary.replace("echo: ", "", 1)
    finally:
        print("request done")


if __name__ == "__main__":
    print(summarize("Bees communicate the location of flowers through a waggle dance."))
