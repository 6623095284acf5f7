from runner import run

for name, text in [("classify", "I loved the film"), ("rewrite", "give me the report now")]:
    print(f"{name}: {run(name, text)}")
