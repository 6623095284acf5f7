import sys

from typing_bot.llm import stream_answer


def show(stream):
    pieces = 0
    finish = None
    for chunk in stream:
        choice = chunk["choices"][0]
        delta = choice["delta"]
        if "content" in delta:
            sys.stdout.write(delta["content"])
            pieces += 1
        if choice["finish_reason"] is not None:
            finish = choice["finish_reason"]
    print()
    print(f"[{pieces} pieces, finish={finish}]")


show(stream_answer("Tell me a fun fact about octopuses"))
show(stream_answer("Count from one to twenty in words please, all of them", max_tokens=5))
