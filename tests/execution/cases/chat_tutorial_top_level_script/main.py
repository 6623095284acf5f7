import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

prompt = "Explain recursion to a five year old."

response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[
        {"role": "system", "content": "You are a patient teacher."},
        {"role": "user", "content": prompt},
    ],
    temperature=0.8,
    max_tokens=150,
)

print(response.choices[0].message.content)
print("Prompt tokens:", response["usage"]["prompt_tokens"])
print("Completion tokens:", response.usage.completion_tokens)
print("Finish reason:", response["choices"][0].finish_reason)
