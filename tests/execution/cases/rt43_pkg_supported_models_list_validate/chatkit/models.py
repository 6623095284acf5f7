SUPPORTED_CHAT_MODELS = ["gpt-3.5-turbo", "gpt-4"]
SUPPORTED_EMBEDDING_MODELS = ["text-embedding-ada-002"]


def check_chat_model(model):
    if model not in SUPPORTED_CHAT_MODELS:
        raise ValueError(f"unsupported chat model: {model}")
    return model
