import openai

response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo-0613",
    messages=[{"role": "user", "content": "Write a tagline for a coffee shop in the mountains"}],
    stream=True,
)
collected = []
for i, chunk in enumerate(response):
    if i == 0:
        print("role:", chunk["choices"][0]["delta"]["role"])
        continue
    content = chunk["choices"][0]["delta"].get("content")
    if content is None:
        print("finish:", chunk["choices"][0]["finish_reason"])
        continue
    collected.append(content)
    if len(collected) % 3 == 0:
        print(f"... {len(collected)} chunks so far")
print("total chunks:", len(collected))
print("".join(collected))
