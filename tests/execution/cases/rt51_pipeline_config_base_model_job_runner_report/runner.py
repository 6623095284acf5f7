import json

import openai

from config import BASE_MODEL, EPOCHS, SUFFIX


def start(examples, path="tickets.jsonl"):
    with open(path, "w") as f:
        for prompt, label in examples:
            f.write(json.dumps({"messages": [{"role": "user", "content": prompt},
                                             {"role": "assistant", "content": label}]}) + "\n")
    upload = openai.File.create(file=open(path, "rb"), purpose="fine-tune")
    job = openai.FineTuningJob.create(training_file=upload["id"], model=BASE_MODEL,
                                      suffix=SUFFIX, hyperparameters={"n_epochs": EPOCHS})
    return job
