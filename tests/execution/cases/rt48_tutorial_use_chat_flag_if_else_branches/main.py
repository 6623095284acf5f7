import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

USE_CHAT = False  # flip to True to try the new gpt-3.5-turbo model
prompt = "Explain what an API is in one sentence."

if USE_CHAT:
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
    )
    answer = response["choices"][0]["message"]["content"]
else:
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=100,
    )
    answer = response["choices"][0]["text"].strip()

print("Answer:", answer)
print("Tokens:", response["usage"]["total_tokens"])
print("Finish reason:", response["choices"][0]["finish_reason"])
