from cli import parse
from llmtools.chat import complete

TEXT = "the quick brown fox jumps over the lazy dog and keeps running far away"
for argv in ([TEXT], ["--model", "gpt-4", TEXT]):
    model, text = parse(argv)
    reply, finish = complete(text, model)
    print(f"{finish}: {reply}")
