HEADER = "Answer the question. End with 'Answer: <answer>'.\n\n"


def build(question):
    return HEADER + f"Question: {question}\n"
