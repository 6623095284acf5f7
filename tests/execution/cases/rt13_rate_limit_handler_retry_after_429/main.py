import json
import time

import openai

MAX_ATTEMPTS = 4


def completion_route(body):
    attempts = 0
    while attempts < MAX_ATTEMPTS:
        attempts += 1
        try:
            response = openai.ChatCompletion.create(
                model=body.get("model", "gpt-3.5-turbo"),
                messages=[{"role": "user", "content": body["prompt"]}],
                request_timeout=20,
            )
            return 200, {"text": response.choices[0].message.content, "attempts": attempts}
        except (openai.error.ServiceUnavailableError, openai.error.Timeout):
            time.sleep(0.05 * attempts)
        except openai.error.RateLimitError:
            time.sleep(0.1 * attempts)
        except openai.error.InvalidRequestError:
            return 400, {"error": "bad_request", "attempts": attempts}
        except openai.error.APIError as e:
            return 502, {"error": "upstream", "status": e.http_status, "attempts": attempts}
    return 503, {"error": "gave up", "attempts": attempts}


if __name__ == "__main__":
    print(*completion_route({"prompt": "Hello"}))
    print(*completion_route({"prompt": "Hello", "model": "gpt-3.5-turbo-9999"}))
