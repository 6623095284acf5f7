from app import post

status, response = post("/v1/chat/completions", {
    "model": "gpt-4", "messages": [{"role": "user", "content": "hello there"}]})
print(status, response["model"], response["choices"][0]["message"]["content"])
status, response = post("/v1/chat/completions", {
    "messages": [{"role": "user", "content": "count to ten please"}], "max_tokens": 3})
print(status, response["choices"][0]["finish_reason"], response["choices"][0]["message"]["content"])
status, response = post("/v1/chat/completions", {"model": "gpt-5", "messages": []})
print(status, response["error"]["message"])
status, response = post("/v1/completions", {"model": "text-davinci-003", "prompt": "Once upon"})
print(status, response["object"], response["choices"][0]["text"])
