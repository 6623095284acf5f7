import openai


def complete(prompt, model="gpt-3.5-turbo", request_timeout=20):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        request_timeout=request_timeout,
    )
    return response["choices"][0]["message"]["content"]
