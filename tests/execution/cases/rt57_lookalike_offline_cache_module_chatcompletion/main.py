from replay_llm import ChatCompletion

for model in ["gpt-3.5-turbo", "gpt-4"]:
    resp = ChatCompletion.create(model=model, messages=[{"role": "user", "content": "ping"}],
                                 temperature=0, max_tokens=5)
    print(resp["model"], resp["choices"][0]["message"]["content"], resp["usage"]["total_tokens"])
print(ChatCompletion.calls)
