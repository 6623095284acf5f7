from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic

anthropic_client = Anthropic()


def summarize(text):
    resp = anthropic_client.completions.create(
        model="claude-2.1",
        max_tokens_to_sample=200,
        prompt=f"{HUMAN_PROMPT} Summarize in one line: {text}{AI_PROMPT}",
    )
    if resp.stop_reason == "max_tokens":
        print("warning: summary was truncated")
    return resp.completion.strip(), resp.stop_reason


summary, why = summarize("The meeting moved to Thursday because the room was booked.")
print(summary)
print("stopped because:", why)
