import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])

model = genai.GenerativeModel(
    "gemini-3.1-pro-preview",
    system_instruction="You are a terse assistant.",
    generation_config={"temperature": 0.2, "max_output_tokens": 64},
)


def ask(question):
    response = model.generate_content(question)
    print("tokens:", response.usage_metadata.total_token_count)
    return response.text


if __name__ == "__main__":
    for question in ["What is the capital of France?", "Name a prime number."]:
        print(ask(question))
