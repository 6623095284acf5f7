import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

# 2022-era tutorial: list the engines first
engines = openai.Engine.list()
print("engines:", len(engines.data) > 0)
print("first engine object:", engines.data[0].object)

response = openai.Completion.create(
    engine="text-davinci-003",
    prompt="Say this is a test",
    max_tokens=7,
    temperature=0,
)
print(response.choices[0].text)
