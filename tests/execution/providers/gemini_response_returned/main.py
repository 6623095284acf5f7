import google.generativeai as genai

model = genai.GenerativeModel("gemini-3.1-pro-preview")


def generate(prompt):
    return model.generate_content(prompt)


response = generate("Say hello in French.")
print(response.candidates[0].content.parts[0].text)
