from .base import Agent


class Writer(Agent):
    role = "copywriter"

    def __init__(self, name="Wren"):
        super().__init__(name)
        self.temperature = 0.9
