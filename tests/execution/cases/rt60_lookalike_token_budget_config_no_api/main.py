"""Prompt budget planner: decides how many documents fit a model's window. No API calls."""
import json
import os

CONTEXT_WINDOWS = {
    "gpt-3.5-turbo": 4096,
    "gpt-3.5-turbo-16k": 16384,
    "gpt-4": 8192,
    "gpt-4-32k": 32768,
    "text-davinci-003": 4097,
}

DEFAULTS = {"model": "gpt-3.5-turbo", "reserve_for_answer": 512, "tokens_per_doc": 700}


def load_settings():
    settings = dict(DEFAULTS)
    override = os.getenv("PLANNER_SETTINGS")
    if override:
        settings.update(json.loads(override))
    return settings


def plan(settings):
    window = CONTEXT_WINDOWS[settings["model"]]
    budget = window - settings["reserve_for_answer"]
    return budget // settings["tokens_per_doc"]


settings = load_settings()
for name in sorted(CONTEXT_WINDOWS):
    print(f"{name:20} {plan(dict(settings, model=name)):3d} docs")
print("default plan:", plan(settings))
