import time

import openai


def ask(prompt, model="gpt-3.5-turbo", retries=3):
    try:
        response = openai.ChatCompletion.create(
            model=model,
            messages=[{"role": "user", "content": prompt}],
        )
    except (openai.error.RateLimitError, openai.error.ServiceUnavailableError) as e:
        if retries == 0:
            raise
        print("rate limited, retrying:", type(e).__name__)
        time.sleep(1)
        return ask(prompt, model, retries - 1)
    except openai.error.InvalidRequestError:
        print("bad request")
        return None
    return response["choices"][0]["message"]["content"]


print(ask("What is the boiling point of water?"))
print(ask("Hello", model="gpt-5-turbo-imaginary"))
