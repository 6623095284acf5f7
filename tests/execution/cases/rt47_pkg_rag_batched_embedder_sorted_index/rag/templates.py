ANSWER = """Answer using only the context.

Context:
{context}

Question: {question}"""
