import asyncio
import json

import openai

MODEL = "gpt-3.5-turbo"
DATASET = [
    {"question": "Is 17 prime? yes", "gold": "yes"},
    {"question": "Is 21 prime? no", "gold": "no"},
    {"question": "Is 2 prime? yes", "gold": "yes"},
    {"question": "Is 1 prime? no", "gold": "no"},
]


async def predict(example, sem):
    async with sem:
        response = await openai.ChatCompletion.acreate(
            model=MODEL,
            messages=[
                {"role": "system", "content": "Answer yes or no."},
                {"role": "user", "content": example["question"]},
            ],
            temperature=0,
            max_tokens=10,
        )
    text = response["choices"][0]["message"]["content"].strip().lower()
    return {"question": example["question"], "prediction": text,
            "correct": text.endswith(example["gold"])}


async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(predict(ex, sem) for ex in DATASET))
    for r in results:
        print(json.dumps(r))
    acc = sum(r["correct"] for r in results) / len(results)
    print(f"accuracy: {acc:.2%}")


asyncio.run(main())
