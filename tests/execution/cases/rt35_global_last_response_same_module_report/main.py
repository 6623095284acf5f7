import openai

last_response = None


def ask(question):
    global last_response
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    last_response = resp
    return resp.choices[0].message.content


def report():
    usage = last_response["usage"]
    return f"{usage['prompt_tokens']}+{usage['completion_tokens']}={usage['total_tokens']}"


print(ask("What is a prime number?"))
print(report())
