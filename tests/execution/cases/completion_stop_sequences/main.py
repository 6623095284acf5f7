import openai

STOP = ["\nObservation"]


def llm(prompt, stop=["\n"]):
    response = openai.Completion.create(
        model="text-davinci-002",
        prompt=prompt,
        temperature=0,
        max_tokens=100,
        stop=stop,
    )
    return response["choices"][0]["text"]


def step(question):
    thought = llm(f"Question: {question}\nThought 1:", stop=[f"\nAction 1:"])
    resp = openai.Completion.create(model="text-davinci-003", prompt=f"Thought: {thought}\nObservation 1: none", stop=STOP)
    return resp.choices[0].text.strip()


def caption(text):
    return openai.Completion.create(model="text-davinci-003", prompt=text, stop="|")["choices"][0]["text"]


if __name__ == "__main__":
    print(llm("line one\nline two"))
    print(step("What is the capital of France?\nAction 1: Search[France]"))
    print(caption("left|right"))
    print(llm("no stop here", stop=None))
