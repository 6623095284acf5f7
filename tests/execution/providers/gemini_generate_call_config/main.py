import google.generativeai as genai

MODEL_NAME = "models/gemini-3.1-pro-preview"
model = genai.GenerativeModel(MODEL_NAME)


def haiku(topic):
    return model.generate_content(
        f"Write a haiku about {topic}",
        generation_config=genai.GenerationConfig(temperature=0.9, top_p=0.5),
    ).text


print(haiku("autumn"))
print(haiku("the sea"))
