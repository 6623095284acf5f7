import os

import openai

# Step 1: what happens with a wrong key?
openai.api_key = "sk-this-is-not-a-real-key"
try:
    openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Hello?"}],
    )
    print("unexpected: the call worked")
except openai.error.AuthenticationError as e:
    print("AuthenticationError, status", e.http_status)

# Step 2: load the real key from the environment and try again
openai.api_key = os.getenv("OPENAI_API_KEY")
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Hello again!"}],
)
print(response["choices"][0]["message"]["content"])
