import openai


def send(messages):
    try:
        reply = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
    except openai.error.InvalidRequestError as err:
        print(f"rejected: param={err.param} code={err.code}")
        return None
    return reply.choices[0].message.content


print(send([{"role": "user", "content": "hello"}]))
print(send([{"role": "bot", "content": "hello"}]))
