import sys

import openai

PROMPT_TEMPLATE = "Write the opening line of a story about {topic}.\n\n"


def stream_story(topic):
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=PROMPT_TEMPLATE.format(topic=topic),
        max_tokens=60,
        temperature=0.9,
        stream=True,
    )
    count = 0
    last = None
    for chunk in response:
        piece = chunk["choices"][0]["text"]
        sys.stdout.write(piece)
        sys.stdout.flush()
        if piece:
            count += 1
        last = chunk["choices"][0]["finish_reason"]
    sys.stdout.write("\n")
    return count, last


if __name__ == "__main__":
    for topic in ("a lighthouse keeper", "a robot chef"):
        tokens, finish = stream_story(topic)
        print(f"-- {tokens} tokens, finish_reason={finish}")
