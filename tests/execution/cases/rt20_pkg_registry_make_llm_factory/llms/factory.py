from llms.backends import ChatBackend, GPT4Backend, InstructBackend

REGISTRY = {
    "chat": ChatBackend,
    "gpt4": GPT4Backend,
    "instruct": InstructBackend,
}


def make_llm(name):
    try:
        cls = REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown backend {name!r}; choose from {sorted(REGISTRY)}")
    return cls()
