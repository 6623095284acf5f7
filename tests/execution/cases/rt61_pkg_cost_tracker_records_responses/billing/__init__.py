from .tracker import CostTracker

__all__ = ["CostTracker"]
