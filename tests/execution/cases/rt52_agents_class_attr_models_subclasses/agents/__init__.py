from .critic import Critic
from .planner import Planner
from .writer import Writer

__all__ = ["Critic", "Planner", "Writer"]
