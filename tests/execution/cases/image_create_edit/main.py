import base64

import openai


def main():
    with open("room.png", "rb") as image, open("mask.png", "rb") as mask:
        resp = openai.Image.create_edit(
            image=image,
            mask=mask,
            prompt="add a sofa",
            n=1,
            size="1024x1024",
            response_format="b64_json",
        )
    print(len(resp["data"]))
    print(base64.b64decode(resp["data"][0]["b64_json"])[:4] == b"\x89PNG")


if __name__ == "__main__":
    main()
