import json

from handlers import handle_ask, handle_title

print(json.dumps(handle_ask({"question": "Why is the sky blue?"}), sort_keys=True))
print(json.dumps(handle_title({"text": "a blog post about caching"}), sort_keys=True))
