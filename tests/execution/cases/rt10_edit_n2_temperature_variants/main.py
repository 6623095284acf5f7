import openai

SENTENCES = ["me and him goes to the store", "their going too fast"]

for sentence in SENTENCES:
    edit = openai.Edit.create(
        model="text-davinci-edit-001",
        input=sentence,
        instruction="Fix the grammar.",
        n=2,
        temperature=0.9,
    )
    print("input:", sentence)
    for choice in edit.choices:
        print(f"  variant {choice.index}: {choice.text.strip()}")
