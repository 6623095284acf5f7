import argparse
import base64

import openai

parser = argparse.ArgumentParser(description="Generate thumbnails with DALL-E")
parser.add_argument("prompt", nargs="?", default="a tiny robot reading a book")
parser.add_argument("--size", default="256x256", choices=["256x256", "512x512", "1024x1024"])
parser.add_argument("--n", type=int, default=2)
args = parser.parse_args()

resp = openai.Image.create(prompt=args.prompt, n=args.n, size=args.size,
                           response_format="b64_json")
for i, d in enumerate(resp["data"]):
    with open(f"thumb_{i}.png", "wb") as f:
        f.write(base64.b64decode(d["b64_json"]))
print(f"saved {len(resp['data'])} thumbnails of {args.size}")
