import openai


def complete_chat(messages, **kwargs):
    kwargs.setdefault("model", "gpt-3.5-turbo")
    kwargs.setdefault("max_tokens", 64)
    response = openai.ChatCompletion.create(messages=messages, **kwargs)
    return response.choices[0].message.content, response.usage.total_tokens


print(complete_chat([{"role": "user", "content": "Tell me a fun fact"}]))
print(complete_chat([{"role": "user", "content": "One more please"}], max_tokens=3))
