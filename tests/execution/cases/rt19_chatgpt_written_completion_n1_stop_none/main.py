import os

import openai

# Set up the OpenAI API client
openai.api_key = os.getenv("OPENAI_API_KEY")

# Set up the model and prompt
model_engine = "text-davinci-003"


def generate_response(prompt):
    # Generate a response
    completion = openai.Completion.create(
        engine=model_engine,
        prompt=prompt,
        max_tokens=1024,
        n=1,
        stop=None,
        temperature=0.5,
    )

    response = completion.choices[0].text
    return response


questions = [
    "Hello, how are you today?",
    "Write a haiku about Python programming",
    "What is the capital of France?",
]
for prompt in questions:
    response = generate_response(prompt)
    print("Q:", prompt)
    print("A:", response.strip())
    print()
