"""Zero-shot chain of thought (Kojima et al. 2022): reasoning, then answer extraction."""
import re

import openai

ENGINE = "text-davinci-002"
TRIGGER = "Let's think step by step."
EXTRACT = "Therefore, the answer (arabic numerals) is"

DATASET = [
    {"question": "Anna has 5 pencils and gives away 2. How many are left?", "answer": 3},
    {"question": "A box holds 6 eggs. How many eggs are in 4 boxes?", "answer": 24},
]


def decode(prompt, max_tokens):
    response = openai.Completion.create(
        engine=ENGINE,
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=0,
        top_p=1,
        frequency_penalty=0,
        presence_penalty=0,
    )
    return response["choices"][0]["text"]


def clean_answer(text):
    numbers = re.findall(r"\d+", text.replace(",", ""))
    return int(numbers[0]) if numbers else None


correct = 0
for i, example in enumerate(DATASET):
    x = "Q: " + example["question"] + "\nA:"
    z = decode(x + " " + TRIGGER, max_tokens=128)
    pred_text = decode(x + " " + TRIGGER + z + " " + EXTRACT, max_tokens=32)
    pred = clean_answer(pred_text)
    correct += pred == example["answer"]
    print(f"[{i}] reasoning_len={len(z)} pred={pred} gold={example['answer']}")
print(f"accuracy: {correct / len(DATASET) * 100:.1f}%")
