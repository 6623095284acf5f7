import google.generativeai as genai

genai.configure()
model = genai.GenerativeModel("gemini-3.1-pro-preview")

response = model.generate_content("Tell me a joke about compilers.")
candidate = response.candidates[0]
print("finish:", candidate.finish_reason.name)
flagged = 0
for rating in candidate.safety_ratings:
    print(" ", rating.category.name, rating.probability.name)
    if rating.probability.name in ("MEDIUM", "HIGH"):
        flagged += 1
print("flagged categories:", flagged)
print(response.text)
