import google.generativeai as genai

model = genai.GenerativeModel(model_name="gemini-3.1-pro-preview")


def first_text(response):
    candidate = response.candidates[0]
    return "".join(part.text for part in candidate.content.parts)


resp = model.generate_content("Describe a sunset in five words.")
print(first_text(resp))
print(len(resp.candidates), resp.candidates[0].content.role)
