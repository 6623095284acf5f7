import json
import os

from app import create_app

CONFIG = {
    "OPENAI_API_KEY": os.environ["OPENAI_API_KEY"],
    "CHAT_MODEL": "gpt-3.5-turbo",
}

app = create_app(CONFIG)
print(json.dumps(app.handle({"text": "Is the store open on Sunday?"}), sort_keys=True))
