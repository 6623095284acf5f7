import openai

resp = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "ping"}],
)
fields = dict(resp)
print("response fields:", sorted(fields))
print("message fields:", sorted(fields["choices"][0]["message"]))
print(fields["choices"][0]["message"]["content"])
