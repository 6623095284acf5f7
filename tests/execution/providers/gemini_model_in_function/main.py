import os
import sys

from google import generativeai

generativeai.configure(api_key=os.getenv("GOOGLE_API_KEY"))


def summarize(text):
    model = generativeai.GenerativeModel(os.getenv("GEMINI_MODEL", "gemini-3.1-pro-preview"))
    result = model.generate_content("Summarize in one line: " + text)
    return result.text.strip()


def main(argv):
    text = " ".join(argv) or "The quick brown fox jumps over the lazy dog."
    print(summarize(text))


if __name__ == "__main__":
    main(sys.argv[1:])
