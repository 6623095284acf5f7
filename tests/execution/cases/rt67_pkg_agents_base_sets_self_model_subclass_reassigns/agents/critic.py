from .base import Agent


class Critic(Agent):
    role = "strict editor"

    def __init__(self, name="Cato"):
        super().__init__(name)
        self.model = "gpt-4"
        self.temperature = 0
