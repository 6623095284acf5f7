from hooks.callbacks import TokenCounter, Transcript
from hooks.chat import Chat

if __name__ == "__main__":
    counter, transcript = TokenCounter(), Transcript()
    chat = Chat(callbacks=[counter, transcript], max_tokens=8)
    chat.send("Hello there, who are you")
    chat.send("Tell me a long story about a dragon who guarded a library in the hills")
    print("\n".join(transcript.lines))
    print("tokens:", counter.prompt_tokens, counter.completion_tokens, counter.finish_reasons)
