import openai
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_random_exponential

CALLS = []


@retry(
    retry=retry_if_exception_type((openai.error.RateLimitError, openai.error.APIError,
                                   openai.error.Timeout)),
    wait=wait_random_exponential(min=1, max=20),
    stop=stop_after_attempt(3),
)
def get_embedding(text, model="text-embedding-ada-002"):
    CALLS.append(model)
    return openai.Embedding.create(input=[text], model=model)["data"][0]["embedding"]


def main():
    vector = get_embedding("the quick brown fox")
    print(len(vector), round(sum(v * v for v in vector), 3))
    try:
        get_embedding("hello", model="text-embedding-nonexistent")
    except openai.error.InvalidRequestError as e:
        print("not retried:", e.code)
    except Exception as e:
        print("unexpected:", type(e).__name__)
    print("attempts:", len(CALLS))


if __name__ == "__main__":
    main()
