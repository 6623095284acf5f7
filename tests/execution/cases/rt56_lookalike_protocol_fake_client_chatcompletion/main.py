from fakes import ChatAPI, ScriptedChatCompletion


def summarize(api: ChatAPI, text: str, model: str = "gpt-3.5-turbo") -> str:
    out = api.create(model=model, messages=[{"role": "user", "content": text}])
    return out["choices"][0]["message"]["content"]


if __name__ == "__main__":
    api = ScriptedChatCompletion()
    print(summarize(api, "a long text"))
    print(summarize(api, "a long text", model="gpt-4"))
