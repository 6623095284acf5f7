import os
import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

sentences = [
    "What rooms do you have available?",
    "Where is the nearest train station?",
]

for sentence in sentences:
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt="Translate this into 1. French, 2. Spanish and 3. Japanese:\n\n" + sentence + "\n\n1.",
        temperature=0.3,
        max_tokens=100,
        top_p=1.0,
        frequency_penalty=0.0,
        presence_penalty=0.0,
    )
    translations = "1." + response["choices"][0]["text"]
    lines = [line.strip() for line in translations.split("\n") if line.strip()]
    print(f"{sentence!r} -> {len(lines)} lines")
    for line in lines:
        print("   ", line)
