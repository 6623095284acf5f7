import openai

from models import CachedAnswer

_answers = {}


def answer(question):
    if question not in _answers:
        resp = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "system", "content": "You answer HR questions."},
                      {"role": "user", "content": question}])
        _answers[question] = CachedAnswer(question, resp)
    return _answers[question]
