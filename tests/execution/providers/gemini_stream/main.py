import google.generativeai as genai

model = genai.GenerativeModel("gemini-3.1-pro-preview")
response = model.generate_content("Count to three.", stream=True)
response.resolve()
print(response.text)
