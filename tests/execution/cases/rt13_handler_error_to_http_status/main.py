import json

import openai


def error_response(status, message):
    return status, {"error": {"message": message}}


def generate(body):
    try:
        response = openai.ChatCompletion.create(
            model=body.get("model", "gpt-3.5-turbo"),
            messages=[{"role": "user", "content": body["prompt"]}],
        )
    except openai.error.RateLimitError:
        return error_response(429, "Rate limited, slow down")
    except openai.error.InvalidRequestError as e:
        print(f"upstream said {e.http_status}")
        return error_response(400, "Invalid request")
    except openai.error.AuthenticationError:
        return error_response(401, "Bad credentials")
    except openai.error.APIError:
        return error_response(502, "Upstream failure")
    except openai.error.OpenAIError:
        return error_response(500, "Unexpected error")
    return 200, {"text": response["choices"][0]["message"]["content"]}


if __name__ == "__main__":
    for body in [
        {"prompt": "Tell me a joke"},
        {"prompt": "Tell me a joke", "model": "gpt-4-turbo-2099"},
    ]:
        status, payload = generate(body)
        print(status, json.dumps(payload))
