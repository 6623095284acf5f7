import os

import openai

from errors import UserFacingError
from service import reply

openai.api_key = os.environ["OPENAI_API_KEY"]

conversations = {
    "normal": [{"role": "user", "content": "Good morning"}],
    "empty": [],
    "slow": [{"role": "user", "content": "[slow] think hard"}],
}
for name, messages in conversations.items():
    print(f"{name}:")
    try:
        print("  ->", reply(messages))
    except UserFacingError as exc:
        print("  !!", exc)
