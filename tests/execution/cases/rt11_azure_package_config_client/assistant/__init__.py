"""Internal HR assistant (Azure OpenAI)."""
