from llmkit import ChatCompletion, Completion, error

for question in ["what is a tuple", "what is a list", "what is a set", "what is a dict"]:
    try:
        resp = ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": question}],
            temperature=0,
            max_tokens=3,
        )
        print(resp["choices"][0]["message"]["content"], resp["usage"]["total_tokens"])
    except error.RateLimitError as exc:
        print("limited:", exc)
print(Completion.create(engine="text-davinci-003", prompt="hello world", max_tokens=5)["choices"][0]["text"])
