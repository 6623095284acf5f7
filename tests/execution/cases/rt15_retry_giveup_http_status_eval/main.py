import time

import openai

DIALOGUES = [
    [{"role": "user", "content": "Hi, can you help me plan a workout?"}],
    [],
    [{"role": "user", "content": "What should I eat before running?"}],
]


def chat_with_retry(messages, retries=3, base_delay=0.01):
    for attempt in range(retries):
        try:
            return openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=messages,
                max_tokens=30,
            )
        except (openai.error.RateLimitError, openai.error.ServiceUnavailableError,
                openai.error.APIConnectionError):
            time.sleep(base_delay * 2 ** attempt)
        except openai.error.OpenAIError as e:
            print(f"  giving up (HTTP {e.http_status})")
            return None
    return None


answered = 0
for i, dialogue in enumerate(DIALOGUES):
    print(f"dialogue {i}:")
    response = chat_with_retry(dialogue)
    if response is None:
        continue
    answered += 1
    print("  " + response["choices"][0]["message"]["content"])
print(f"answered {answered}/{len(DIALOGUES)}")
