import google.generativeai as genai

genai.configure()

model = genai.GenerativeModel("gemini-3.1-pro-preview")
print("using", model.model_name)
print(model.generate_content("Say hello in French.").text)
