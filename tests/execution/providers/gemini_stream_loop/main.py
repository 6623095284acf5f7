import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])

generation_config = {
    "temperature": 1,
    "top_p": 0.95,
    "top_k": 40,
    "max_output_tokens": 8192,
    "response_mime_type": "text/plain",
}

model = genai.GenerativeModel(
    model_name="gemini-3.1-pro-preview",
    generation_config=generation_config,
    system_instruction="You are a poet.",
)


def stream_poem(topic):
    response = model.generate_content(f"Write a short poem about {topic}", stream=True)
    pieces = []
    for chunk in response:
        pieces.append(chunk.text)
        print(chunk.text, end="|")
    print()
    return "".join(pieces)


if __name__ == "__main__":
    print(len(stream_poem("rain")))
