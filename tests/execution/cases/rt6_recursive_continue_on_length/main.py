import openai


def complete_long(prompt, model="gpt-3.5-turbo", max_tokens=3, depth=0):
    """Ask again with the partial answer appended while the reply was cut by max_tokens."""
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=max_tokens,
    )
    text = response["choices"][0]["message"]["content"]
    if response["choices"][0]["finish_reason"] == "length" and depth < 2:
        return text + " " + complete_long(prompt + " " + text, model=model, max_tokens=max_tokens, depth=depth + 1)
    return text


print(complete_long("a b c d e"))
