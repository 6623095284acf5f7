import google.generativeai as genai

genai.configure()

_model = genai.GenerativeModel("gemini-3.1-pro-preview")


def stream_reply(prompt):
    """Yield the reply piece by piece, like a chat UI would render it."""
    response = _model.generate_content(prompt, stream=True)
    for chunk in response:
        if chunk.text:
            yield chunk.text
