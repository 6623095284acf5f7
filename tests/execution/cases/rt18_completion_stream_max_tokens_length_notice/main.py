import openai

openai.api_key_path = None

PROMPTS = [
    "Q: What is 2 + 2?\nA:",
    "Q: Describe the water cycle in detail for a school project\nA:",
]


def stream_answer(prompt):
    finish = None
    for chunk in openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=5,
        temperature=0,
        stop=None,
        stream=True,
    ):
        print(chunk.choices[0].text, end="")
        finish = chunk.choices[0].finish_reason or finish
    if finish == "length":
        print("...", end="")
    print()
    return finish


results = [stream_answer(p) for p in PROMPTS]
print(results)
