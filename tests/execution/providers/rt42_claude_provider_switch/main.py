import os

PROVIDER = os.environ.get("LLM_PROVIDER", "anthropic")


def generate(prompt: str, max_tokens: int = 256) -> str:
    """Send one prompt to whichever provider is configured."""
    if PROVIDER == "anthropic":
        import anthropic

        client = anthropic.Anthropic()
        completion = client.completions.create(
            model="claude-instant-1.2",
            max_tokens_to_sample=max_tokens,
            prompt=f"{anthropic.HUMAN_PROMPT} {prompt}{anthropic.AI_PROMPT}",
        )
        return completion.completion.strip()
    elif PROVIDER == "google":
        import google.generativeai as genai

        genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
        model = genai.GenerativeModel("gemini-3.1-pro-preview")
        response = model.generate_content(
            prompt, generation_config={"max_output_tokens": max_tokens}
        )
        return response.text
    else:
        raise ValueError(f"unknown provider {PROVIDER!r}")


if __name__ == "__main__":
    for topic in ["unit tests", "code review"]:
        print(generate(f"Give one tip about {topic}."))
