"""A bot framework's own error hierarchy, named like openai's."""
import time


class error:  # noqa: N801 - mirrors the framework's namespace style
    class BotError(Exception):
        pass

    class RateLimitError(BotError):
        pass

    class InvalidRequestError(BotError):
        pass

    class Timeout(BotError):
        pass


class ChatCompletion:
    @staticmethod
    def create(model, messages):
        text = messages[-1]["content"]
        if not text:
            raise error.InvalidRequestError("empty message")
        if text == "spam":
            raise error.RateLimitError("too many")
        return {"model": model, "choices": [{"message": {"content": text[::-1]}}]}


def handle(text):
    for attempt in range(2):
        try:
            out = ChatCompletion.create(model="gpt-4", messages=[{"role": "user", "content": text}])
            return out["model"] + ": " + out["choices"][0]["message"]["content"]
        except error.RateLimitError:
            time.sleep(0.01)
        except error.InvalidRequestError as e:
            return f"invalid: {e} ({type(e).__name__})"
    return "rate limited"


if __name__ == "__main__":
    for text in ["hello", "", "spam"]:
        print(handle(text))
