import argparse
import sys

import openai

SYSTEM = "You are a shell expert. Answer with a single command."


def _request(messages, stream):
    return openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=messages,
        temperature=0,
        stream=stream,
    )


def answer(question, stream=False):
    messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}]
    response = _request(messages, stream)
    if not stream:
        return response["choices"][0]["message"]["content"]
    text = ""
    for chunk in response:
        token = chunk["choices"][0]["delta"].get("content", "")
        sys.stdout.write(token)
        sys.stdout.flush()
        text += token
    sys.stdout.write("\n")
    return text


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("question")
    parser.add_argument("--stream", action="store_true")
    args = parser.parse_args(argv)
    result = answer(args.question, stream=args.stream)
    if not args.stream:
        print(result)
    return result


def test_answer_not_streamed():
    assert answer("list files").startswith("echo: ")


if __name__ == "__main__":
    test_answer_not_streamed()
    a = main(["find large files"])
    b = main(["find large files", "--stream"])
    print(a == b)
