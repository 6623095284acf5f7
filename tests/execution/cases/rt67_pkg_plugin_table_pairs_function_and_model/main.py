import os

import openai

from tools.registry import TOOLS, call

openai.api_key = os.getenv("OPENAI_API_KEY")

DOC = "Solar panels convert sunlight into electricity using photovoltaic cells."
for tool in sorted(TOOLS):
    print(f"{tool}: {call(tool, DOC)}")
