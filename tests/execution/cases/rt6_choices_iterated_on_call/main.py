import openai

prompt = "List a fruit"
for choice in openai.Completion.create(model="text-davinci-003", prompt=prompt, n=2, max_tokens=16).choices:
    print(choice.index, choice["text"].strip())

first = openai.ChatCompletion.create(
    model="gpt-3.5-turbo", messages=[{"role": "user", "content": prompt}]
).choices[0].message.content
print(first)
