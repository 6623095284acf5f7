import multiprocessing as mp

import openai

SENTENCES = [
    "The cat sat on the mat.",
    "Quantum computers use qubits.",
    "Paris is the capital of France.",
    "Water boils at 100 degrees Celsius.",
]


def translate(sentence):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Translate the user's sentence to German."},
            {"role": "user", "content": sentence},
        ],
        temperature=0,
    )
    return completion.choices[0].message.content


if __name__ == "__main__":
    with mp.Pool(processes=2) as pool:
        translations = pool.map(translate, SENTENCES)
    for src, out in zip(SENTENCES, translations):
        print(f"{src} => {out}")
