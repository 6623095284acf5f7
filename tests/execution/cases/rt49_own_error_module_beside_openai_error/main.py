import openai

from app import error, quota


def chat(user, text, model="gpt-3.5-turbo"):
    try:
        if not text:
            raise error.InvalidRequestError("empty message")
        quota.take(user)
        r = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": text}])
        return 200, r["choices"][0]["message"]["content"]
    except error.RateLimitError as e:
        return e.http_status, f"quota: {e}"
    except error.OpenAIError as e:
        return e.http_status, f"app error: {e}"
    except openai.error.InvalidRequestError as e:
        return 400, f"upstream rejected (status {e.http_status})"
    except openai.error.OpenAIError:
        return 502, "upstream failed"


calls = [("ana", "hello"), ("ana", ""), ("ana", "again"), ("ana", "third"),
         ("bo", "hi", "gpt-5-ultra")]
for call in calls:
    print(*chat(*call))
