"""Title suggester with a built-in offline self-test (run before the real call)."""
from unittest import mock

import openai


def suggest_title(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Suggest a title for: {text}"}],
    )
    return response["choices"][0]["message"]["content"].title()


def self_test():
    fake = {"choices": [{"message": {"role": "assistant", "content": "a stub title"}}]}
    with mock.patch("openai.ChatCompletion.create", return_value=fake) as create:
        assert suggest_title("anything") == "A Stub Title"
        assert create.call_count == 1
    print("self-test ok")


if __name__ == "__main__":
    self_test()
    print(suggest_title("a walk in the park"))
