import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

text = "I has went to the store yesterday and buyed three apple."

# Fix the grammar with the edits endpoint
response = openai.Edit.create(
    model="text-davinci-edit-001",
    input=text,
    instruction="Fix the grammar and spelling mistakes.",
)
fixed = response["choices"][0]["text"]
print("Edited:", fixed)

# Then ask the chat model to explain what changed
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[
        {"role": "user", "content": f"Explain the corrections between: {text} AND {fixed}"},
    ],
)
print("Explanation:", response["choices"][0]["message"]["content"])
print("Total tokens:", response["usage"]["total_tokens"])
