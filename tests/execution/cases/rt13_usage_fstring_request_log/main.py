import json

import openai


def log_request(route, response):
    print(f"[{route}] tokens={response.usage.total_tokens} "
          f"usage={json.dumps(response.usage, sort_keys=True)}")


def define_route(word):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Define the word {word}"}],
    )
    log_request("/define", response)
    return {"word": word, "definition": response.choices[0].message.content}


if __name__ == "__main__":
    for w in ["ephemeral", "idempotent"]:
        print(json.dumps(define_route(w)))
