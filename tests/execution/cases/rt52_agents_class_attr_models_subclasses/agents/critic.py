from .base import Agent


class Critic(Agent):
    model = "gpt-4"
    role = "critic"
