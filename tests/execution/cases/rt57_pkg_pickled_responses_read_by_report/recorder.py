"""Calls the API and pickles the raw responses so the report can be re-rendered offline."""
import pickle

import openai

QUESTIONS = ["What is a noun?", "What is a verb?"]


def record(path):
    responses = []
    for q in QUESTIONS:
        resp = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "system", "content": "Answer briefly."},
                      {"role": "user", "content": q}])
        responses.append((q, resp))
    with open(path, "wb") as fh:
        pickle.dump(responses, fh)
