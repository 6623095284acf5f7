import itertools

import openai


def content(chunk):
    return chunk["choices"][0]["delta"].get("content", "")


stream = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Write a limerick about a cat who learned to code"}],
    stream=True,
)

# show a preview as soon as the first few chunks arrive, then drain the rest
head = list(itertools.islice(stream, 4))
print("preview:", repr("".join(content(c) for c in head)))
print("first delta keys:", sorted(head[0]["choices"][0]["delta"].keys()))
rest = [content(c) for c in stream]
print("rest:", repr("".join(rest)))
print("chunks:", len(head) + len(rest))
