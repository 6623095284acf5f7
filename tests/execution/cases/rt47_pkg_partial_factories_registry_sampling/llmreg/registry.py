from functools import partial

from .chat import ChatLLM

FACTORIES = {
    "fast": partial(ChatLLM, model="gpt-3.5-turbo", temperature=0),
    "smart": partial(ChatLLM, model="gpt-4", temperature=0.3, max_tokens=6),
    "default": ChatLLM,
}


def build(name):
    return FACTORIES[name]()
