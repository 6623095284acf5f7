"""Stream a chat reply to the terminal as it arrives, then report why it stopped."""
import openai


def chat(question, max_tokens=None):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": question},
        ],
        max_tokens=max_tokens,
        stream=True,
    )
    reply = ""
    for chunk in response:
        content = chunk["choices"][0]["delta"].get("content", "")
        print(content, end="", flush=True)
        reply += content
    print()
    # the loop variable still holds the last chunk
    finish = chunk["choices"][0]["finish_reason"]
    return reply, finish


if __name__ == "__main__":
    text, why = chat("Tell me a joke about streaming APIs")
    print(f"[{why}] {len(text.split())} words")
    text, why = chat("Explain generators in Python in one line please", max_tokens=5)
    print(f"[{why}] {text!r}")
