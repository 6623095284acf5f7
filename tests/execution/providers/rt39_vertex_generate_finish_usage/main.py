import vertexai
from vertexai.generative_models import GenerationConfig, GenerativeModel

PROJECT_ID = "demo-project"
vertexai.init(project=PROJECT_ID, location="us-central1")

model = GenerativeModel(
    "gemini-2.5-flash",
    system_instruction=["You classify support tickets.", "Answer with one word."],
    generation_config=GenerationConfig(temperature=0.0, max_output_tokens=32),
)

tickets = ["My invoice is wrong", "The app crashes on start"]
for ticket in tickets:
    response = model.generate_content(f"Ticket: {ticket}")
    candidate = response.candidates[0]
    print(ticket, "->", response.text.strip())
    print("   finish:", candidate.finish_reason.name,
          "output tokens:", response.usage_metadata.candidates_token_count)
