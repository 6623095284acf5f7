import openai

JUDGE_MODEL = "gpt-3.5-turbo"


def judge(question, answer_a, answer_b):
    prompt = f"Q: {question}\nA: {answer_a}\nB: {answer_b}\nWhich is better, A or B?"
    response = openai.ChatCompletion.create(
        model=JUDGE_MODEL,
        messages=[{"role": "user", "content": prompt}],
        temperature=0,
    )
    return response["choices"][0]["message"]["content"]
