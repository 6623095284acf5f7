import os
import tempfile

import openai

from usage_log import UsageLog

openai.api_key = os.environ["OPENAI_API_KEY"]

TASKS = {
    "headline": "Write a headline about a new bakery opening downtown.",
    "tweet": "Write a tweet announcing our spring sale.",
    "slogan": "Suggest a slogan for a bike shop.",
}


def run(log):
    for task, prompt in TASKS.items():
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": prompt}],
        )
        log.record(task, response["usage"])
        print(f"{task}: {response['choices'][0]['message']['content']}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        log = UsageLog(os.path.join(tmp, "usage.csv"))
        run(log)
        calls, tokens, cost = log.totals()
        print(f"{calls} calls, {tokens} tokens, ${cost}")
