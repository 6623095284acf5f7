import os

# Requests naming an OpenAI model are served by a local model instead.
MODEL_ROUTES = {
    "gpt-3.5-turbo": "llama-2-7b-chat",
    "gpt-4": "llama-2-70b-chat",
    "text-davinci-003": "llama-2-7b",
}
DEFAULT_MODEL = os.environ.get("PROXY_DEFAULT_MODEL", "gpt-3.5-turbo")


def local_generate(local_model, text, max_tokens=None):
    words = f"[{local_model}] {text}".split()
    if max_tokens is not None:
        words = words[:max_tokens]
    return " ".join(words), ("length" if max_tokens is not None and len(words) == max_tokens
                             else "stop")
