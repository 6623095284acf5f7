import base64

import openai

response = openai.Image.create_edit(
    image=open("room.png", "rb"),
    mask=open("mask.png", "rb"),
    prompt="A sunlit indoor lounge area with a pool containing a flamingo",
    n=2,
    size="1024x1024",
    response_format="b64_json",
)
for i, item in enumerate(response["data"]):
    name = f"edit_{i}.png"
    with open(name, "wb") as out:
        out.write(base64.b64decode(item["b64_json"]))
    print("wrote", name)
print(len(response["data"]), "edits")
