import openai
from tenacity import retry, stop_after_attempt, wait_random_exponential


@retry(wait=wait_random_exponential(min=1, max=40), stop=stop_after_attempt(3))
def chat_completion_request(messages, model="gpt-3.5-turbo"):
    return openai.ChatCompletion.create(model=model, messages=messages)


def main():
    messages = [
        {"role": "system", "content": "Answer in one sentence."},
        {"role": "user", "content": "Why is the sea salty?"},
    ]
    chat_response = chat_completion_request(messages)
    assistant_message = chat_response["choices"][0]["message"]
    messages.append(assistant_message)
    print(assistant_message["content"])
    print(len(messages), chat_response["usage"]["total_tokens"])


if __name__ == "__main__":
    main()
