"""Compatibility helper copied around a research group's scripts."""
import openai

MODEL = "gpt-3.5-turbo"


def complete_chat(prompt, max_tokens=50):
    messages = [{"role": "user", "content": prompt}]
    if hasattr(openai, "ChatCompletion"):
        # openai<1.0
        response = openai.ChatCompletion.create(model=MODEL, messages=messages,
                                                max_tokens=max_tokens)
        return response["choices"][0]["message"]["content"]
    # openai>=1.0
    client = openai.OpenAI()
    response = client.chat.completions.create(model=MODEL, messages=messages,
                                              max_tokens=max_tokens)
    return response.choices[0].message.content


if __name__ == "__main__":
    for question in ("Define entropy in one sentence.", "What is a p-value?"):
        print(complete_chat(question))
