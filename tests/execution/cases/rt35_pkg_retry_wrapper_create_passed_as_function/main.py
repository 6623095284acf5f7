import llm

r = llm.chat([{"role": "user", "content": "Name a famous bridge."}])
print(r["choices"][0]["message"]["content"])
print(r["usage"]["total_tokens"])
e = llm.embed("Golden Gate Bridge")
print(len(e["data"][0]["embedding"]), e["usage"]["prompt_tokens"])
