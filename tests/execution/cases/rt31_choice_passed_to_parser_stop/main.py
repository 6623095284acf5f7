import openai


def parse_choice(choice):
    text = choice["text"].strip()
    complete = choice["finish_reason"] == "stop"
    return {"answer": text, "complete": complete}


def ask(question):
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Answer briefly.\nQuestion: {question}\nAnswer:",
        max_tokens=40,
        temperature=0,
        stop=["\nQuestion:"],
    )
    return parse_choice(resp["choices"][0])


for q in ["What colour is grass?", "Name a prime number"]:
    result = ask(q)
    print(result["complete"], repr(result["answer"]))
