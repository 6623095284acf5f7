import api


def summarize(text):
    messages = [
        {"role": "system", "content": "Summarize the user's text in one sentence."},
        {"role": "user", "content": text},
    ]
    return api.raw_chat(messages)


def translate(text, language):
    messages = [{"role": "user", "content": f"Translate to {language}: {text}"}]
    return api.raw_chat(messages, temperature=0.3)
