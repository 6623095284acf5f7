PROJECT_ID = "acme-genai-prod"
REGION = "us-central1"
MODEL_NAME = "gemini-2.5-flash"
