import os
import tempfile

import openai

INSTRUCTIONS = {
    "docstring": "Add a docstring to the function.",
    "types": "Add type hints to the function signature.",
}

SOURCE = "def area(w, h):\n    return w * h\n"


def refactor(path, task):
    with open(path) as f:
        code = f.read()
    result = openai.Edit.create(
        engine="code-davinci-edit-001",
        input=code,
        instruction=INSTRUCTIONS[task],
        temperature=0,
    )
    new_path = path.replace(".py", f"_{task}.py")
    with open(new_path, "w") as f:
        f.write(result["choices"][0]["text"])
    return new_path


workdir = tempfile.mkdtemp()
src = os.path.join(workdir, "geometry.py")
with open(src, "w") as f:
    f.write(SOURCE)

for task in INSTRUCTIONS:
    out = refactor(src, task)
    print(f"== {task} -> {os.path.basename(out)}")
    with open(out) as f:
        print(f.read())
