from .critic import Critic
from .writer import Writer

__all__ = ["Critic", "Writer"]
