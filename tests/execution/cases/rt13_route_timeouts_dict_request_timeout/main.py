import json

import openai

ROUTE_TIMEOUTS = {"/chat": 15, "/summarize": 45}


def call_llm(route, prompt):
    try:
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": prompt}],
            request_timeout=ROUTE_TIMEOUTS[route],
        )
    except openai.error.Timeout:
        return 504, {"error": "upstream timeout"}
    return 200, {"text": response["choices"][0]["message"]["content"]}


if __name__ == "__main__":
    print(*call_llm("/chat", "hi"))
    print(*call_llm("/summarize", "summarize: the cat sat on the mat"))
