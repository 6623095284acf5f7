"""Reflexion-lite: davinci attempts, GPT-4 reflects, reflections go back into the prompt."""
import openai

TASK = "Write a Python one-liner that reverses a string s."


def attempt(task, reflections):
    memory = "".join(f"Reflection {i}: {r}\n" for i, r in enumerate(reflections, 1))
    prompt = f"{memory}Task: {task}\nCode:"
    out = openai.Completion.create(model="text-davinci-003", prompt=prompt,
                                   max_tokens=150, temperature=0, stop=["\nTask:"])
    return out["choices"][0]["text"].strip()


def reflect(task, code):
    msg = openai.ChatCompletion.create(
        model="gpt-4",
        messages=[
            {"role": "system", "content": "You critique code in one sentence."},
            {"role": "user", "content": f"Task: {task}\nCode: {code}"},
        ],
        temperature=0,
        max_tokens=60,
    )
    return msg["choices"][0]["message"]["content"]


def passes(code):
    return "[::-1]" in code


reflections = []
for trial in range(3):
    code = attempt(TASK if trial < 2 else TASK + " Use s[::-1].", reflections)
    ok = passes(code)
    print(f"trial {trial}: {'pass' if ok else 'fail'} ({len(code)} chars)")
    if ok:
        break
    reflections.append(reflect(TASK, code[-40:]))
print(len(reflections), "reflections")
