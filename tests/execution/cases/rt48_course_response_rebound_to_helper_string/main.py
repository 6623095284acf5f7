import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def get_completion(prompt, model="gpt-3.5-turbo"):
    messages = [{"role": "user", "content": prompt}]
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=0,
    )
    return response.choices[0].message["content"]


# First, the raw API call
messages = [{"role": "user", "content": "tell me a joke"}]
response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
print(response.choices[0].message["content"])
print(response["usage"]["total_tokens"], "tokens")

# Then through the helper: now `response` is just a string
prompt = "Take the letters in lollipop and reverse them"
response = get_completion(prompt)
print(response)
print(response[:10], len(response.split()))
print(response.upper())

# and messages becomes a list of three turns
messages = [
    {"role": "system", "content": "You are an assistant who responds in the style of Dr Seuss."},
    {"role": "user", "content": "write me a very short poem about a happy carrot"},
]
response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages, temperature=1)
print(response["choices"][0]["message"]["content"])
