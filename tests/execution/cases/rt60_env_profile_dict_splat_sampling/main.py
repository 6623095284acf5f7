import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

PROFILES = {
    "dev": {"model": "gpt-3.5-turbo", "temperature": 0.9, "max_tokens": 20},
    "prod": {"model": "gpt-4", "temperature": 0.1, "max_tokens": 300},
}
PROFILE = os.getenv("APP_PROFILE", "dev")
LLM_PARAMS = PROFILES[PROFILE]


def brainstorm(topic):
    response = openai.ChatCompletion.create(
        messages=[{"role": "user", "content": f"Brainstorm names for {topic}"}],
        **LLM_PARAMS,
    )
    return response["choices"][0]["message"]["content"]


print(f"profile={PROFILE}")
print(brainstorm("a coffee shop"))
print(brainstorm("a podcast about gardening in small apartments with very little light"))
