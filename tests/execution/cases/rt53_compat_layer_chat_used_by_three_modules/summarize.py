from llm_compat import chat

SUMMARY_MODEL = "gpt-3.5-turbo-0613"


def summarize(text):
    return chat(
        [{"role": "system", "content": "Summarize in one sentence."},
         {"role": "user", "content": text}],
        model=SUMMARY_MODEL,
    )
