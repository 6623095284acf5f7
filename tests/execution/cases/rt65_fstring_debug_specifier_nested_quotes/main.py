import openai

r = openai.Completion.create(
    engine="text-davinci-003",
    prompt="Write a slogan for a bakery",
    max_tokens=16,
)
print(f"{r['choices'][0]['text'].strip()=}")
print(f'finish={r["choices"][0]["finish_reason"]!r:>10} tokens={r["usage"]["total_tokens"]:04d}')
print(f"{'first word: ' + r['choices'][0]['text'].split()[0]}")
