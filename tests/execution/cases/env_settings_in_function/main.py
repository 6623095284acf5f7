import os

import openai


def load_settings():
    return {
        "model": os.environ.get("SUMMARY_MODEL", "gpt-4"),
        "temperature": float(os.environ.get("SUMMARY_TEMPERATURE", "0.2")),
    }


def summarize(text):
    settings = load_settings()
    completion = openai.ChatCompletion.create(
        model=settings["model"],
        temperature=settings["temperature"],
        messages=[{"role": "user", "content": f"Summarize in one line: {text}"}],
    )
    return completion.choices[0].message["content"]


if __name__ == "__main__":
    print(summarize("The meeting moved to Thursday because the room was booked."))
