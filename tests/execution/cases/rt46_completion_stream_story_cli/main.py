"""Bedtime story generator: prints the story as it is written, like the Playground does."""
import os
import sys

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")


def tell_story(hero, words=40):
    prompt = f"Write a short bedtime story about {hero}.\n\nStory:"
    received = []
    for resp in openai.Completion.create(engine="text-davinci-003", prompt=prompt,
                                         max_tokens=words, temperature=0.8, stream=True):
        piece = resp.choices[0].text
        sys.stdout.write(piece)
        sys.stdout.flush()
        received.append(piece)
        if resp.choices[0].finish_reason:
            ending = resp.choices[0].finish_reason
    sys.stdout.write("\n")
    return "".join(received), ending


story, ending = tell_story("a brave little toaster")
print(f"[{len(story.split())} words, ended by {ending}]")
story, ending = tell_story("a sleepy dragon who collects socks", words=6)
print(f"[{len(story.split())} words, ended by {ending}]")
