import openai


def ask(question, model="gpt-3.5-turbo", timeout=0.5):
    try:
        response = openai.ChatCompletion.create(
            model=model,
            messages=[{"role": "user", "content": question}],
            request_timeout=timeout,
        )
    except openai.error.OpenAIError as e:
        print(f"request failed (http status: {e.http_status})")
        return None
    return response.choices[0].message.content


print(ask("What is 2 + 2?"))
print(ask("[slow] Write a long essay"))
print(ask("Hi", model="team-internal-model"))
