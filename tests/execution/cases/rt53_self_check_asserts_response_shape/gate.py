import openai

MODEL = "gpt-3.5-turbo"


def classify(text):
    resp = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "system", "content": "Answer SPAM or HAM."},
                  {"role": "user", "content": text}],
    )
    return resp["choices"][0]["message"]["content"]


def self_check():
    """Poor man's integration test, run on start-up."""
    resp = openai.ChatCompletion.create(model=MODEL, messages=[{"role": "user", "content": "ping"}])
    assert resp["object"] == "chat.completion", resp["object"]
    assert isinstance(resp["choices"], list) and len(resp["choices"]) == 1
    assert resp.choices[0].message.role == "assistant"
    assert "usage" in resp
    assert resp["choices"][0]["message"]["content"].endswith("ping")
    return True


if __name__ == "__main__":
    print("self-check:", self_check())
