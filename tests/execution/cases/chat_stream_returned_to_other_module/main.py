import sys

from llm import stream_reply


def main():
    pieces = []
    roles = set()
    for chunk in stream_reply("How do tides work?"):
        delta = chunk["choices"][0]["delta"]
        if "role" in delta:
            roles.add(delta["role"])
        text = delta.get("content")
        if text:
            pieces.append(text)
            sys.stdout.write(text)
        if chunk.choices[0].finish_reason is not None:
            print()
            print("finished:", chunk.choices[0].finish_reason)
    print(sorted(roles), len(pieces))


if __name__ == "__main__":
    main()
