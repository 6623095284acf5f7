import json
import os
import re

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

model = "gpt-3.5-turbo"


def generate_quiz(topic, n_questions=3):
    messages = [
        {"role": "system", "content": "You are a teacher who writes short quizzes."},
        {"role": "user", "content": f"Write {n_questions} quiz questions about {topic}. "
                                    "Return a JSON list of strings."},
    ]
    completion = openai.ChatCompletion.create(model=model, messages=messages, temperature=0.7)
    text = completion["choices"][0]["message"]["content"]
    try:
        questions = json.loads(text)
    except ValueError:
        # the model did not answer JSON: split numbered lines or sentences instead
        questions = [q.strip() for q in re.split(r"\d+\.|\|", text) if q.strip()]
    return questions


for topic in ["photosynthesis", "the French revolution"]:
    quiz = generate_quiz(topic)
    print(f"Quiz on {topic}: {len(quiz)} item(s)")
    for number, question in enumerate(quiz, 1):
        print(f"  {number}. {question[:60]}")
