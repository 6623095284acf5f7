"""Run a few prepared requests and report which ones the API refused."""
import openai

REQUESTS = [
    ("greeting", "gpt-3.5-turbo", [{"role": "user", "content": "Say hello to the team"}]),
    ("custom model", "acme-support-bot", [{"role": "user", "content": "Where is my order?"}]),
    ("empty dialogue", "gpt-3.5-turbo", []),
]


def run(label, model, messages):
    try:
        response = openai.ChatCompletion.create(model=model, messages=messages, temperature=0)
    except openai.error.InvalidRequestError as e:
        print(f"[{label}] invalid request: status={e.http_status} code={e.code}")
        return None
    except openai.error.AuthenticationError as e:
        print(f"[{label}] auth problem: status={e.http_status}")
        return None
    except openai.error.OpenAIError as e:
        print(f"[{label}] other API error: status={e.http_status}")
        return None
    answer = response["choices"][0]["message"]["content"]
    print(f"[{label}] ok: {answer}")
    return answer


if __name__ == "__main__":
    results = [run(*request) for request in REQUESTS]
    print("succeeded:", sum(r is not None for r in results), "of", len(results))
