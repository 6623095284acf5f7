import openai


def complete(prompt, stop=("\nObservation:", "\nQuestion:"), max_tokens=512):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        temperature=0,
        max_tokens=max_tokens,
        stop=list(stop),
    )
    return response.choices[0].text.strip()


SCRATCH = "Question: capital of Peru?\nThought: look it up\nAction: wiki[Peru]\nObservation: Lima\nQuestion: next"
print(repr(complete(SCRATCH)))
print(repr(complete("Name three colors:\n1. red\n2. green\n3. blue\n\n4. extra", stop=["\n\n"])))
print(repr(complete("Say hi. END then more", stop=("END",))))
