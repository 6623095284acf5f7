import os

import openai

from guard import checked_completion

openai.api_key = os.environ["OPENAI_API_KEY"]

for prompt in ["Name a good book about habits",
               "Please " + "really " * 40 + "summarize this",
               "And one about sleep"]:
    try:
        resp = checked_completion(prompt, max_tokens=20)
        print("ok:", resp["choices"][0]["message"]["content"])
    except openai.error.InvalidRequestError as err:
        print("rejected:", err.param, "-", str(err).split(",")[0])
