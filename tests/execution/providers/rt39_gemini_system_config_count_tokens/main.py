import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])

model = genai.GenerativeModel(
    model_name="gemini-3.1-pro-preview",
    system_instruction="You are a concise travel guide.",
    generation_config=genai.types.GenerationConfig(
        temperature=0.4,
        max_output_tokens=256,
        top_p=0.9,
    ),
)

for city in ["Lisbon", "Kyoto"]:
    prompt = f"Give me one tip for visiting {city}."
    tokens = model.count_tokens(prompt).total_tokens
    response = model.generate_content(prompt)
    print(f"[{tokens} tokens] {response.text}")
