import openai


def get_embedder():
    """The SDK client when openai>=1 is installed, the plain-HTTP fallback otherwise."""
    if hasattr(openai, "OpenAI"):
        from backend_v1 import ClientEmbedder
        return ClientEmbedder()
    from backend_http import HttpEmbedder
    return HttpEmbedder()
