import google.generativeai as genai

genai.configure()

model = genai.GenerativeModel(
    "gemini-3.1-pro-preview",
    generation_config={"temperature": 0.9, "max_output_tokens": 128},
)

creative = model.generate_content("Invent a name for a coffee shop.")
print(creative.text)

# same model, but deterministic for the extraction step
exact = model.generate_content(
    "Extract the city from: 'Shipped from Porto on Monday.'",
    generation_config={"temperature": 0.0},
)
print(exact.text)
