CHAT_MODELS = {"gpt-3.5-turbo", "gpt-3.5-turbo-16k", "gpt-4"}
COMPLETION_MODELS = {"text-davinci-003", "text-curie-001"}


def is_chat_model(model):
    return model in CHAT_MODELS
