from app import llmclient


def reverse_words(text):
    response = llmclient.Completion.create(engine="davinci", prompt=text, max_tokens=5)
    return response["choices"][0]["text"]
