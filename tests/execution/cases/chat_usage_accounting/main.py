import openai

TOTAL = {"prompt": 0, "completion": 0}


def chat(text):
    resp = openai.ChatCompletion.create(model="gpt-4", messages=[{"role": "user", "content": text}])
    TOTAL["prompt"] += resp["usage"]["prompt_tokens"]
    TOTAL["completion"] += resp["usage"]["completion_tokens"]
    return resp["choices"][0]["message"]["content"]


def main():
    chat("one two three")
    chat("four five")
    print(TOTAL)


if __name__ == "__main__":
    main()
