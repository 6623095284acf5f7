import concurrent.futures

import openai

PARAPHRASE = "Paraphrase the following sentence:\n\n{sentence}\n\nParaphrase:"
SENTENCES = [
    "The cat sat on the mat.",
    "It is raining heavily today.",
    "She finished the report before lunch.",
]


def paraphrase(sentence):
    resp = openai.Completion.create(
        model="text-curie-001",
        prompt=PARAPHRASE.format(sentence=sentence),
        max_tokens=40,
        temperature=0.8,
    )
    return resp.choices[0].text.strip()


def run_all(sentences, workers=3):
    results = [None] * len(sentences)
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as executor:
        future_to_idx = {executor.submit(paraphrase, s): i for i, s in enumerate(sentences)}
        for future in concurrent.futures.as_completed(future_to_idx):
            idx = future_to_idx[future]
            try:
                results[idx] = future.result()
            except Exception as exc:  # noqa: BLE001
                results[idx] = f"ERROR: {exc}"
    return results


if __name__ == "__main__":
    for original, para in zip(SENTENCES, run_all(SENTENCES)):
        print(original, "=>", para.replace("\n", " / "))
