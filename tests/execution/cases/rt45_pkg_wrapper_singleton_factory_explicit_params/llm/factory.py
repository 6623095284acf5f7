from llm.chat import ChatLLM

_INSTANCE = None


def get_llm():
    """One shared ChatLLM for the whole app."""
    global _INSTANCE
    if _INSTANCE is None:
        _INSTANCE = ChatLLM(system="You write for a local newspaper.")
    return _INSTANCE
