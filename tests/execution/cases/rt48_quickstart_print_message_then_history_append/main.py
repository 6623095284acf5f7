import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

# From the quickstart: print the assistant's message object
completion = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[
        {"role": "system", "content": "You are a poetic assistant, skilled in explaining complex programming concepts with creative flair."},
        {"role": "user", "content": "Compose a poem that explains the concept of recursion in programming."},
    ],
)
print(completion.choices[0].message)

# Keep the conversation going: append the reply object itself to the history
messages = [{"role": "user", "content": "Who won the world series in 2020?"}]
for question in ["Where was it played?", "How many games did it take?"]:
    response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
    messages.append(response["choices"][0]["message"])
    messages.append({"role": "user", "content": question})
    print(len(messages), response["choices"][0]["message"]["content"])

print([m["role"] for m in messages])
