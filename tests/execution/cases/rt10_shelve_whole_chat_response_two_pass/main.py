import os
import shelve
import tempfile

import openai

SHELF = os.path.join(tempfile.mkdtemp(), "responses")


def ask(prompt):
    with shelve.open(SHELF) as db:
        if prompt in db:
            return db[prompt], "cache"
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": prompt}],
            max_tokens=40,
        )
        db[prompt] = response
        return response, "api"


prompts = ["Give me a fun fact about octopuses.", "Give me a fun fact about owls."]
for _ in range(2):
    for p in prompts:
        response, source = ask(p)
        print(source, response["choices"][0]["message"]["content"], response["usage"]["total_tokens"])
