from llm import cached_chat

for round_ in range(2):
    for prompt in ["Summarise the benefits of caching.", "What is a CDN?"]:
        r = cached_chat(prompt)
        print(round_, r["choices"][0]["message"]["content"], r["usage"]["completion_tokens"])
