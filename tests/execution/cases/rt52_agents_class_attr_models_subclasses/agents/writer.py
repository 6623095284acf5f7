from .base import Agent


class Writer(Agent):
    role = "writer"
    max_tokens = 6
