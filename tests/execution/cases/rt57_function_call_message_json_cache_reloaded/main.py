import json
import os
import tempfile

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
CACHE = os.path.join(tempfile.mkdtemp(), "extractions.json")

FUNCTIONS = [{
    "name": "save_contact",
    "description": "Store a contact",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}},
                   "required": ["text"]},
}]


def extract(texts):
    messages_by_text = {}
    for text in texts:
        resp = openai.ChatCompletion.create(
            model="gpt-3.5-turbo-0613",
            messages=[{"role": "user", "content": text}],
            functions=FUNCTIONS,
            function_call={"name": "save_contact"},
        )
        messages_by_text[text] = resp["choices"][0]["message"]
    with open(CACHE, "w") as fh:
        json.dump(messages_by_text, fh)


extract(["Ann, 555-0101", "Bob, 555-0199"])
with open(CACHE) as fh:
    cached = json.load(fh)
for text, message in cached.items():
    call = message["function_call"]
    args = json.loads(call["arguments"])
    print(text, "->", call["name"], args["text"], message.get("content"))
