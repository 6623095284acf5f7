import google.generativeai as genai

MODEL = "models/gemini-1.5-pro-001"


def summarize(text):
    model = genai.GenerativeModel(MODEL)
    response = model.generate_content(f"Summarize in one line: {text}")
    print("tokens:", response.usage_metadata.total_token_count)
    return response.text


print(summarize("The quick brown fox jumps over the lazy dog."))
