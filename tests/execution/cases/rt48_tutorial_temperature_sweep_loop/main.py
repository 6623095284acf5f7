import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

prompt = "Write a one-line slogan for a coffee shop."

# How does temperature change the output?
for temperature in [0, 0.5, 1.0, 1.5]:
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
        max_tokens=40,
    )
    print(f"temperature={temperature}: {response.choices[0].message.content}")
