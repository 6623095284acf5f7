from llm import raw_chat


def reply_message(question, system="You answer in one line."):
    response = raw_chat([
        {"role": "system", "content": system},
        {"role": "user", "content": question},
    ])
    return response["choices"][0]["message"]


def reply_text(question):
    return reply_message(question)["content"]
