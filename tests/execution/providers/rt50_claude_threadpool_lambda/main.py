from concurrent.futures import ThreadPoolExecutor

from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic

CLAUDE_MODEL = "claude-2.0"
client = Anthropic()

questions = ["What is a mutex?", "What is a semaphore?", "What is a deadlock?"]

with ThreadPoolExecutor(max_workers=3) as pool:
    answers = list(pool.map(
        lambda q: client.completions.create(
            model=CLAUDE_MODEL,
            prompt=f"{HUMAN_PROMPT} {q}{AI_PROMPT}",
            max_tokens_to_sample=128,
        ).completion.strip(),
        questions,
    ))

for q, a in zip(questions, answers):
    print(q, "=>", a)
