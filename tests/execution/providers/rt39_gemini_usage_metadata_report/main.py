import google.generativeai as genai
from google.generativeai import GenerativeModel

genai.configure()
PRICE_PER_TOKEN = 0.000002

model = GenerativeModel("gemini-3.1-pro-preview")
total_cost = 0.0
for question in ["What is 7 * 6?", "Name three colours."]:
    result = model.generate_content(
        question,
        generation_config={"stop_sequences": ["\n\n"], "top_k": 20, "candidate_count": 1},
    )
    usage = result.usage_metadata
    cost = usage.total_token_count * PRICE_PER_TOKEN
    total_cost += cost
    print(result.text)
    print(f"  prompt={usage.prompt_token_count} output={usage.candidates_token_count} cost=${cost:.6f}")
print(f"total ${total_cost:.6f}")
