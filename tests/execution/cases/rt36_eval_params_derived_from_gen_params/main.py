import openai

GEN_PARAMS = {
    "model": "gpt-3.5-turbo",
    "temperature": 0.9,
    "max_tokens": 60,
}
# the grader must be deterministic and short
EVAL_PARAMS = {**GEN_PARAMS, "temperature": 0, "max_tokens": 3}


def generate(task):
    r = openai.ChatCompletion.create(messages=[{"role": "user", "content": task}], **GEN_PARAMS)
    return r.choices[0].message.content


def grade(task, answer):
    prompt = f"Task: {task}\nAnswer: {answer}\nIs the answer good? Reply PASS or FAIL."
    r = openai.ChatCompletion.create(messages=[{"role": "user", "content": prompt}], **EVAL_PARAMS)
    return r.choices[0].message.content


for task in ["Write a rhyme about the sea", "Explain what a compiler does"]:
    answer = generate(task)
    print(answer)
    print("grade:", grade(task, answer))
