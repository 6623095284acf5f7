"""Grader used in the course notebooks; students have different openai versions."""
import openai

GRADER_MODEL = "gpt-3.5-turbo"
RUBRIC = "Grade the answer from 1 to 5 and reply with the number only."


def grade(question, answer):
    messages = [
        {"role": "system", "content": RUBRIC},
        {"role": "user", "content": f"Question: {question}\nAnswer: {answer}"},
    ]
    try:
        response = openai.ChatCompletion.create(model=GRADER_MODEL, messages=messages)
        return response["choices"][0]["message"]["content"]
    except AttributeError:
        # newer openai packages dropped ChatCompletion
        response = openai.OpenAI().chat.completions.create(model=GRADER_MODEL, messages=messages)
        return response.choices[0].message.content


if __name__ == "__main__":
    print(grade("What is 7 * 8?", "56"))
    print(grade("Capital of Australia?", "Sydney"))
