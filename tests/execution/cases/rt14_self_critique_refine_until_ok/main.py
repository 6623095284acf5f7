import openai


def gpt(messages, temperature=0.7):
    response = openai.ChatCompletion.create(
        model="gpt-4",
        messages=messages,
        temperature=temperature,
    )
    return response.choices[0].message.content.strip()


def write(task):
    return gpt([{"role": "system", "content": "You are a copywriter."},
                {"role": "user", "content": task}])


def critique(task, draft):
    return gpt([{"role": "system", "content": "You review copy. Reply LGTM if it is fine."},
                {"role": "user", "content": f"Task: {task}\nDraft: {draft}"}], temperature=0)


def refine(task, draft, notes):
    return gpt([{"role": "user", "content": f"Task: {task}\nDraft: {draft}\nFix: {notes}"}])


task = "Slogan for a bike repair shop"
draft = write(task)
for rnd in range(3):
    notes = critique(task, draft)
    print(f"round {rnd}: draft={len(draft)} chars, notes={len(notes)} chars")
    if "LGTM" in notes:
        break
    draft = refine(task, draft, notes[:80])
print("final:", draft[:60])
