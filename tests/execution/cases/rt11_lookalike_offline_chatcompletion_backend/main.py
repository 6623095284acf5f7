import backends
from backends import Completion

response = backends.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "stressed desserts"}],
    temperature=0,
)
print(response["model"], response["choices"][0]["message"]["content"])
print(response["usage"]["total_tokens"])

result = Completion.create(engine="text-davinci-003", prompt="hello offline world", max_tokens=5)
print(result["model"], result["choices"][0]["text"])
