import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

PREAMBLE = "The following is a conversation with an AI assistant. The assistant is clever."


def next_reply(transcript):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": transcript + "\nAI:"}],
        stop=["\nHuman:", "\nAI:"],
        max_tokens=150,
    )
    return response.choices[0].message.content.strip()


transcript = PREAMBLE
for said in ["Hello, who are you?", "Can you help me plan a party?", "Thanks!"]:
    transcript += f"\nHuman: {said}"
    answer = next_reply(transcript)
    transcript += f"\nAI: {answer}"
    print(f"Human: {said}\nAI: {answer}")
print(transcript.count("\n"), "lines in transcript")
