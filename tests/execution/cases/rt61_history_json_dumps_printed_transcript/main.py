import json

import openai

history = []
for question in ["What is 2+2?", "And times three?"]:
    history.append({"role": "user", "content": question})
    completion = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history)
    history.append(completion.choices[0].message)

print(json.dumps(history, indent=2))
