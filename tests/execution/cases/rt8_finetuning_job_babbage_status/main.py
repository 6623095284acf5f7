"""Start a fine-tuning job on babbage-002 from a file the program writes, then check on it."""
import json

import openai


def main():
    with open("data.jsonl", "w") as f:
        for q, a in [("2+2", "4"), ("3+3", "6")]:
            f.write(json.dumps({"prompt": q + " =", "completion": " " + a}) + "\n")
    training = openai.File.create(file=open("data.jsonl", "rb"), purpose="fine-tune")
    job = openai.FineTuningJob.create(training_file=training.id, model="babbage-002",
                                      hyperparameters={"n_epochs": 2})
    print(job.status, job["hyperparameters"]["n_epochs"])
    job = openai.FineTuningJob.retrieve(job.id)
    print(job["status"], job.fine_tuned_model)
    events = openai.FineTuningJob.list_events(id=job.id, limit=5)
    for event in events["data"]:
        print(event["level"], event["message"])


if __name__ == "__main__":
    main()
