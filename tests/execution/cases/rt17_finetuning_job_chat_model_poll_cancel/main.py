import json
import time

import openai

CONVERSATIONS = [
    [("user", "Where is my order?"), ("assistant", "Let me check that for you.")],
    [("user", "Can I get a refund?"), ("assistant", "Yes, within 30 days.")],
]


def write_training_file(path):
    with open(path, "w") as f:
        for convo in CONVERSATIONS:
            messages = [{"role": r, "content": c} for r, c in convo]
            f.write(json.dumps({"messages": messages}) + "\n")


def main():
    write_training_file("support.jsonl")
    training = openai.File.create(file=open("support.jsonl", "rb"), purpose="fine-tune")
    job = openai.FineTuningJob.create(training_file=training.id, model="gpt-3.5-turbo",
                                      suffix="support-bot")
    print("job model:", job.model)
    for attempt in range(2):
        job = openai.FineTuningJob.retrieve(job.id)
        print(f"attempt {attempt}: {job.status}")
        time.sleep(0.1)
    cancelled = openai.FineTuningJob.cancel(job.id)
    print("final:", cancelled["status"])


main()
