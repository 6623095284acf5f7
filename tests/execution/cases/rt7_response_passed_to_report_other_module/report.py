def show(resp):
    choice = resp["choices"][0]
    print("answer:", choice["message"]["content"])
    print("finish:", choice["finish_reason"])
    print("usage:", resp["usage"]["prompt_tokens"], "+", resp["usage"]["completion_tokens"])
