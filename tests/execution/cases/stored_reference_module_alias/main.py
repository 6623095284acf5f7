"""Short names for the 0.x methods, bound once at the top of a script."""
import openai

chat = openai.ChatCompletion.create
complete = openai.Completion.create


def summarize(text):
    reply = chat(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "Summarize in one line."},
                  {"role": "user", "content": text}],
        max_tokens=60,
    )
    return reply["choices"][0]["message"]["content"]


def title(text):
    out = complete(model="text-davinci-003", prompt="Title for: " + text, max_tokens=12)
    return out["choices"][0]["text"].strip()


if __name__ == "__main__":
    note = "The team agreed to ship the release on Friday after the last review."
    print("summary:", summarize(note))
    print("title:", title(note))
