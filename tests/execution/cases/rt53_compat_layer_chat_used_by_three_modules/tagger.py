import llm_compat as llm


def tags(text, k=3):
    answer = llm.chat([{"role": "user", "content": f"Give {k} tags for: {text}"}],
                      model="gpt-4", temperature=0)
    return [t.strip() for t in answer.replace("echo:", "").split(",") if t.strip()]
