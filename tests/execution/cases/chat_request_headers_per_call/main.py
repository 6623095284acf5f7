"""Tag each request with a trace id header for the company's API gateway logs."""
import uuid

import openai


def ask(question, trace_id):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        headers={"X-Trace-Id": trace_id, "X-Team": "search"},
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    trace = str(uuid.uuid5(uuid.NAMESPACE_DNS, "example.org"))
    print(trace[:8])
    print(ask("List three colours", trace))
