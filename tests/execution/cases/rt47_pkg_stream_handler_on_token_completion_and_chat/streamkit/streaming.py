import openai

COMPLETION_ENGINE = "text-davinci-003"
CHAT_MODEL = "gpt-3.5-turbo"


def stream_completion(prompt, handler, max_tokens=50):
    for chunk in openai.Completion.create(engine=COMPLETION_ENGINE, prompt=prompt,
                                          max_tokens=max_tokens, stream=True):
        choice = chunk["choices"][0]
        if choice["text"]:
            handler.on_token(choice["text"])
        if choice["finish_reason"] is not None:
            handler.on_finish(choice["finish_reason"])


def stream_chat(messages, handler, temperature=0.5):
    for chunk in openai.ChatCompletion.create(model=CHAT_MODEL, messages=messages,
                                              temperature=temperature, stream=True):
        choice = chunk["choices"][0]
        token = choice["delta"].get("content")
        if token:
            handler.on_token(token)
        if choice.get("finish_reason"):
            handler.on_finish(choice["finish_reason"])
