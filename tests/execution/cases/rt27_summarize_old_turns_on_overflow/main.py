import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
MODEL = "gpt-3.5-turbo"
WORD_BUDGET = 12
KEEP_LAST = 2


def count_words(messages):
    return sum(len(m["content"].split()) for m in messages)


def summarize(messages):
    transcript = "\n".join(f"{m['role']}: {m['content']}" for m in messages)
    resp = openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "Summarize this conversation in one sentence."},
            {"role": "user", "content": transcript},
        ],
        temperature=0,
        max_tokens=40,
    )
    return resp["choices"][0]["message"]["content"]


def compact(history):
    if count_words(history[1:]) <= WORD_BUDGET:
        return history
    old, recent = history[1:-KEEP_LAST], history[-KEEP_LAST:]
    summary = summarize(old)
    print(f"  [compacted {len(old)} messages]")
    return [history[0], {"role": "system", "content": "Earlier: " + summary}] + recent


history = [{"role": "system", "content": "You are a travel agent."}]
for text in ["I want to visit Japan", "in spring for two weeks", "what about the budget",
             "book it please"]:
    history.append({"role": "user", "content": text})
    history = compact(history)
    resp = openai.ChatCompletion.create(model=MODEL, messages=history, temperature=0.7)
    reply = resp.choices[0].message.content
    history.append({"role": "assistant", "content": reply})
    print(f"{text} => {reply}")
print(len(history), count_words(history))
