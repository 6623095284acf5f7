import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

prompt = "What is the opposite of cold?"

# Compare the models side by side
for model in ["text-davinci-003", "gpt-3.5-turbo", "gpt-4"]:
    if model.startswith("text-"):
        response = openai.Completion.create(model=model, prompt=prompt, max_tokens=20)
        text = response["choices"][0]["text"].strip()
    else:
        response = openai.ChatCompletion.create(
            model=model, messages=[{"role": "user", "content": prompt}], max_tokens=20
        )
        text = response["choices"][0]["message"]["content"]
    print(f"{model:>18}: {text} [{response['usage']['total_tokens']} tokens]")
