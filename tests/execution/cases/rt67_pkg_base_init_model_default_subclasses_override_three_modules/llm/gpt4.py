from .chat import ChatModel


class GPT4Model(ChatModel):
    def __init__(self, **kwargs):
        super().__init__(model="gpt-4", **kwargs)
