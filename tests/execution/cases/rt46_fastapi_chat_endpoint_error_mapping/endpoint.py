"""POST /api/chat: the mobile app sends its own message list; OpenAI errors are mapped to
HTTP answers the app understands."""
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]


def post_chat(body):
    try:
        resp = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=body.get("messages", []),
            max_tokens=body.get("max_tokens", 100),
        )
    except openai.error.InvalidRequestError as e:
        return 422, {"error": "invalid_request", "param": e.param, "code": e.code,
                     "upstream_status": e.http_status}
    except openai.error.AuthenticationError:
        return 502, {"error": "upstream_auth"}
    except (openai.error.RateLimitError, openai.error.ServiceUnavailableError):
        return 503, {"error": "busy, retry later"}
    except openai.error.OpenAIError as e:
        return 500, {"error": type(e).__name__}
    return 200, {"reply": resp.choices[0].message.content,
                 "finish_reason": resp.choices[0].finish_reason}
