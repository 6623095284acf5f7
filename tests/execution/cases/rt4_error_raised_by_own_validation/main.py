import openai


def ask(prompt, max_chars=200):
    if not prompt.strip():
        raise openai.error.InvalidRequestError("prompt must not be empty", param="prompt")
    if len(prompt) > max_chars:
        raise openai.error.InvalidRequestError(f"prompt longer than {max_chars} characters", "prompt")
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": prompt}]
    )
    return response["choices"][0]["message"]["content"]


def safe_ask(prompt):
    try:
        return ask(prompt)
    except openai.error.InvalidRequestError as e:
        return f"rejected ({e.param})"


if __name__ == "__main__":
    print(safe_ask("Tell me about owls"))
    print(safe_ask("   "))
    print(safe_ask("x" * 500))
