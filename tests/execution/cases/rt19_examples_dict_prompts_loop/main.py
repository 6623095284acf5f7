import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

EXAMPLES = {
    "grammar": {
        "prompt": "Correct this to standard English:\n\nShe no went to the market.",
        "max_tokens": 60,
    },
    "study notes": {
        "prompt": "What are 5 key points I should know when studying Ancient Rome?",
        "max_tokens": 150,
    },
    "interview": {
        "prompt": "Create a list of 8 questions for my interview with a science fiction author:",
        "max_tokens": 5,
    },
}

for name, example in EXAMPLES.items():
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=example["prompt"],
        temperature=0.3,
        max_tokens=example["max_tokens"],
    )
    choice = response.choices[0]
    print(f"== {name} ({choice.finish_reason})")
    print(choice.text.strip())
