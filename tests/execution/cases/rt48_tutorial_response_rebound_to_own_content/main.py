import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

prompts = ["Name a primary color.", "Name a fruit that is yellow."]
for prompt in prompts:
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        temperature=0,
    )
    response = response["choices"][0]["message"]["content"]
    print(response.strip().upper())

response = openai.Completion.create(model="text-davinci-003", prompt="Name a vegetable.", max_tokens=10)
response = response.choices[0].text
print(response.strip())
