from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic

client = Anthropic()
resp = client.completions.create(model="claude-2.1", max_tokens_to_sample=50, temperature=0.0,
                                 prompt=f"{HUMAN_PROMPT} Say hi.{AI_PROMPT}")
print(resp.completion)
