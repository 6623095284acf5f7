from llm import model

DIFFS = ["+ added retry to fetch()", "- removed unused import os"]

for diff in DIFFS:
    response = model.generate_content(f"Write a commit message for:\n{diff}")
    print(response.text)
