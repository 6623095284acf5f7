"""Ask again with 'continue' while the answer was cut by max_tokens (at most three rounds)."""
import openai


def long_answer(question, model="gpt-3.5-turbo", max_rounds=3):
    messages = [{"role": "user", "content": question}]
    parts = []
    for _ in range(max_rounds):
        response = openai.ChatCompletion.create(model=model, messages=messages, max_tokens=6)
        choice = response["choices"][0]
        parts.append(choice["message"]["content"])
        if choice["finish_reason"] != "length":
            break
        messages.append({"role": "assistant", "content": choice["message"]["content"]})
        messages.append({"role": "user", "content": "continue"})
    return parts


if __name__ == "__main__":
    for i, part in enumerate(long_answer("Explain photosynthesis step by step please")):
        print(i, part)
