from llm import AI_PROMPT, HUMAN_PROMPT, ask

log = []
for question in ["What is DNS?", "What is TCP?"]:
    answer = ask(question)
    log.append(f"{HUMAN_PROMPT} {question}{AI_PROMPT} {answer}")
    print(answer)

# keep the transcript in Claude's classic format for the audit log
print(repr("".join(log)))
