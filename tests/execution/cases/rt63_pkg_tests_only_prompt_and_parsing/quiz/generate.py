import os

import openai

from quiz.prompts import parse_lines, question_prompt

openai.api_key = os.environ["OPENAI_API_KEY"]


def questions(topic, count=3):
    response = openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "user", "content": question_prompt(topic, count)}],
        temperature=0.2,
    )
    return parse_lines(response["choices"][0]["message"]["content"])
