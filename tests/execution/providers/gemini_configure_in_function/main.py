import os

import google.generativeai as genai


def translate(words, language):
    genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
    model = genai.GenerativeModel("gemini-3.1-pro-preview",
                                  system_instruction=f"Translate into {language}.")
    out = []
    for word in words:
        reply = model.generate_content(word)
        out.append(reply.text)
    return out


def main():
    for line in translate(["cat", "dog"], "French"):
        print(line)


if __name__ == "__main__":
    main()
