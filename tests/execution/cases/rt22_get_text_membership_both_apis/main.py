"""One eval loop for a completion model and a chat model; get_text() reads either answer."""
import openai

QUESTIONS = ["Capital of Japan?", "Largest planet in the solar system?"]


def run_davinci(q):
    return openai.Completion.create(model="text-davinci-003", prompt=f"Q: {q}\nA:", max_tokens=30, temperature=0)


def run_turbo(q):
    return openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}], max_tokens=30, temperature=0
    )


def get_text(response):
    choice = response["choices"][0]
    if "message" in choice:
        return choice["message"]["content"].strip()
    return choice["text"].strip()


for q in QUESTIONS:
    a = get_text(run_davinci(q))
    b = get_text(run_turbo(q))
    print(f"{q:<40} | {a:<40} | {b}")
