import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def get_completion(prompt, model="gpt-3.5-turbo"):
    messages = [{"role": "user", "content": prompt}]
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=0,  # this is the degree of randomness of the model's output
    )
    return response.choices[0].message["content"]


def get_completion_from_messages(messages, model="gpt-3.5-turbo", temperature=0, max_tokens=500):
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return response.choices[0].message["content"]


text = """
You should express what you want a model to do by providing instructions that are as clear
and specific as you can possibly make them.
"""
prompt = f"""
Summarize the text delimited by triple backticks into a single sentence.
```{text}```
"""
print(get_completion(prompt))

context = [{"role": "system", "content": "You are OrderBot, an automated service to collect orders for a pizza restaurant."}]
for user_turn in ["hi", "I would like a cheese pizza", "that's all"]:
    context.append({"role": "user", "content": user_turn})
    reply = get_completion_from_messages(context, temperature=1)
    context.append({"role": "assistant", "content": reply})
    print("Assistant:", reply[:60])

summary = get_completion_from_messages(
    context + [{"role": "system", "content": "create a json summary of the previous food order"}],
    temperature=0,
    max_tokens=5,
)
print(summary)
