import base64

import openai


def make_icons(subject):
    response = openai.Image.create(prompt=f"an app icon of {subject}", n=3, size="512x512",
                                   response_format="b64_json")
    sizes = []
    for item in response["data"]:
        sizes.append(len(base64.b64decode(item["b64_json"])))
    return sizes


if __name__ == "__main__":
    sizes = make_icons("a paper plane")
    print(len(sizes), all(s > 8 for s in sizes))
