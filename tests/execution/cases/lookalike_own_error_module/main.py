"""The billing client has an `error` module shaped like openai 0.x's; it is not the SDK."""
from billing import error


def charge(amount):
    if amount <= 0:
        raise error.InvalidRequestError(f"bad amount {amount}")
    if amount > 100:
        raise error.RateLimitError("slow down")
    return f"charged {amount}"


def main():
    for amount in (5, 0, 500):
        try:
            print(charge(amount))
        except error.RateLimitError as e:
            print("retry later:", e)
        except error.InvalidRequestError as e:
            print("rejected:", e)
        except error.OpenAIError as e:  # the base class, as in openai.error
            print("other:", e)


if __name__ == "__main__":
    main()
