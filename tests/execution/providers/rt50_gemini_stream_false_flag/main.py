import google.generativeai as genai

genai.configure()

model = genai.GenerativeModel("gemini-3.1-pro-preview")


def answer(question):
    response = model.generate_content(question, stream=False)
    return response.text


print(answer("What is the boiling point of water at sea level?"))
print(answer("Name a noble gas."))
