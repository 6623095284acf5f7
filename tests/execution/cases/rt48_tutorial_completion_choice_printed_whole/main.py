import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

response = openai.Completion.create(
    model="text-davinci-003",
    prompt="Say this is a test",
    max_tokens=7,
    temperature=0,
)
# what does a choice look like?
print(response["choices"][0])
print("text only:", response["choices"][0]["text"])
