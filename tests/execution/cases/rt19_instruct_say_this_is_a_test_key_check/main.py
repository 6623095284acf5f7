import os
import sys

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
if openai.api_key is None:
    sys.exit("Please set the OPENAI_API_KEY environment variable")

# the API reference example, with the new instruct model
response = openai.Completion.create(
    model="gpt-3.5-turbo-instruct",
    prompt="Say this is a test",
    max_tokens=7,
    temperature=0,
)
print(response["choices"][0]["text"].strip())
print(response["usage"]["prompt_tokens"], response["usage"]["completion_tokens"])

answer = openai.Completion.create(
    model="gpt-3.5-turbo-instruct",
    prompt="Q: What is the tallest mountain on Earth?\nA:",
    stop="\n",
    max_tokens=32,
).choices[0].text.strip()
print("Answer:", answer)
