import base64

import openai


def generate(prompt, count=2):
    check = openai.Moderation.create(input=prompt)
    if check["results"][0]["flagged"]:
        return None
    result = openai.Image.create(prompt=prompt, n=count, size="1024x1024",
                                 response_format="b64_json")
    return [base64.b64decode(item["b64_json"]) for item in result["data"]]


for prompt in ["a watercolor fox in the snow", "a man who wants to kill"]:
    images = generate(prompt)
    if images is None:
        print(f"refused: {prompt}")
    else:
        print(f"{prompt}: {len(images)} images, sizes {[len(b) for b in images]}")
