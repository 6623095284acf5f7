from dataclasses import replace

from .params import ChatParams, PreciseParams, ShortParams

TASKS = {
    "draft": ChatParams(),
    "extract": PreciseParams(max_tokens=32),
    "label": ShortParams(),
    "label-precise": replace(ShortParams(), temperature=0.0),
}
