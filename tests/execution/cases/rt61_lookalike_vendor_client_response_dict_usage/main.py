from vendors import localllm

resp = localllm.Completion.create(model="text-davinci-003", prompt="one two three", max_tokens=8)
if isinstance(resp, dict) and resp.get("choices"):
    print(resp["choices"][0]["text"], resp["choices"][0]["finish_reason"])
print(resp["usage"]["total_tokens"], resp.get("model"))
