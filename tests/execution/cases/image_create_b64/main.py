import base64

import openai


def main():
    resp = openai.Image.create(prompt="a lighthouse at dawn", n=2, size="1024x1024", response_format="b64_json")
    images = [base64.b64decode(item["b64_json"]) for item in resp["data"]]
    print(len(images))
    print(all(image.startswith(b"\x89PNG") for image in images))


if __name__ == "__main__":
    main()
