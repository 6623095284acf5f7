from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic

client = Anthropic()

INSTRUCTIONS = "Put your final answer inside <answer></answer> tags."


def solve(problem):
    result = client.completions.create(
        model="claude-2.0",
        prompt=f"{HUMAN_PROMPT} {problem}\n\n{INSTRUCTIONS}{AI_PROMPT}",
        max_tokens_to_sample=400,
        stop_sequences=[HUMAN_PROMPT, "</answer>"],
    )
    return result.completion


for problem in ["What is 17 * 3?", "What is the square root of 144?"]:
    print(solve(problem).strip())
