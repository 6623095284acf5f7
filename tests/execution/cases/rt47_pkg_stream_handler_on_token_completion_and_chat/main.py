from streamkit.handlers import Collector
from streamkit.streaming import stream_chat, stream_completion

if __name__ == "__main__":
    first = Collector()
    stream_completion("Once upon a time in a quiet valley", first)
    print(len(first.tokens), first.reason, repr(first.text))
    cut = Collector()
    stream_completion("Once upon a time in a quiet valley", cut, max_tokens=3)
    print(len(cut.tokens), cut.reason, repr(cut.text))
    second = Collector()
    stream_chat([{"role": "user", "content": "Tell me about the valley"}], second)
    print(len(second.tokens), second.reason, repr(second.text))
