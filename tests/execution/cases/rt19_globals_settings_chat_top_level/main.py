import os
import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
openai.organization = os.getenv("OPENAI_ORGANIZATION")

# settings
model_name = "gpt-3.5-turbo"
temperature = 0.7
max_tokens = 256
system_prompt = "You are a helpful assistant that answers in one short paragraph."


def ask(question):
    response = openai.ChatCompletion.create(
        model=model_name,
        messages=[
            {"role": "system", "content": system_prompt},
            {"role": "user", "content": question},
        ],
        temperature=temperature,
        max_tokens=max_tokens,
        top_p=1,
        frequency_penalty=0,
        presence_penalty=0,
    )
    answer = response["choices"][0]["message"]["content"]
    return answer.strip()


if __name__ == "__main__":
    for q in ["Why is the sky blue?", "What is a black hole?"]:
        print(">>", q)
        print(ask(q))
