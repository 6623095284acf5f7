import sys

import openai

REQUEST_OPTIONS = {"request_timeout": 20, "max_tokens": 40}


def summarize(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "Summarize."}, {"role": "user", "content": text}],
        **REQUEST_OPTIONS,
    )
    return response["choices"][0]["message"]["content"]


def main(argv):
    if "--fast" in argv:
        REQUEST_OPTIONS["request_timeout"] = 5
    REQUEST_OPTIONS["headers"] = {"X-Job": "nightly"}
    print(summarize("The meeting moved to Tuesday at noon."))


if __name__ == "__main__":
    main(sys.argv[1:] + ["--fast"])
