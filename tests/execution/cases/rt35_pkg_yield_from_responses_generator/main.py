from pipeline import run_all

for r in run_all(["Name a fruit:", "Name a vegetable:"]):
    print(r["choices"][0]["text"].strip(), r["usage"]["prompt_tokens"])
