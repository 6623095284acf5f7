"""The response travels through small helpers, each taking one step into it."""
import openai


def first_choice(response):
    return response["choices"][0]


def message_of(choice):
    return choice["message"]


def text_of(message):
    return message["content"].strip()


def tokens_of(response):
    usage = response["usage"]
    return usage["prompt_tokens"], usage["completion_tokens"]


def run(prompt):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
    )
    choice = first_choice(response)
    print(text_of(message_of(choice)), choice["finish_reason"])
    print(tokens_of(response))


if __name__ == "__main__":
    run("Give me a haiku about rain")
