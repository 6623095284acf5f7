PROJECT_ID = "demo-project"
LOCATION = "us-central1"
MODEL_ID = "gemini-3.5-flash"
