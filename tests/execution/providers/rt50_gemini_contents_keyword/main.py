import google.generativeai as genai

genai.configure()
model = genai.GenerativeModel(
    model_name="gemini-3.1-pro-preview",
    generation_config=genai.GenerationConfig(max_output_tokens=64, temperature=0.5),
)


def headline(story):
    result = model.generate_content(contents=f"Write a headline for: {story}")
    return result.text


print(headline("a cat rescued a firefighter"))
print(headline("the town's clock ran backwards for a day"))
