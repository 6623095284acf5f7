import os

import openai

from bot.registry import dispatch, load_plugins

openai.api_key = os.environ["OPENAI_API_KEY"]
load_plugins(["tldr", "related", "ask"])

SCRIPT = [
    "/tldr The meeting moved to Thursday because the projector is broken.",
    "/related how do I patch an inner tube",
    "/ask where is the printer?",
    "/weather today",
]

for line in SCRIPT:
    print(line.split()[0], "->", dispatch(line))
