import sys

import openai


def stream_story(prompt):
    parts = []
    for chunk in openai.Completion.create(model="text-davinci-003", prompt=prompt, stream=True):
        piece = chunk["choices"][0]["text"]
        sys.stdout.write(piece)
        parts.append(piece)
    print()
    return "".join(parts)


def main():
    story = stream_story("Once upon a time a fox")
    print(len(story.split()))


if __name__ == "__main__":
    main()
