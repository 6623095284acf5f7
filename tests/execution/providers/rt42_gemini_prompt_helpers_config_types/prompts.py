def qa_prompt(context, question):
    return (
        "Answer the question using only the context.\n"
        f"Context: {context}\n"
        f"Question: {question}"
    )
