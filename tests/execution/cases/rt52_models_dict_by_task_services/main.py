import os

import openai

from publish import render
from writer import write_post

openai.api_key = os.environ["OPENAI_API_KEY"]

for topic in ["sourdough starters", "mechanical keyboards"]:
    print(render(write_post(topic)))
    print()
