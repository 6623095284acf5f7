"""Make a few DALL-E variations of a logo sketch drawn by the script."""
import struct
import zlib

import openai


def save_png(path, size, colour):
    raw = b"".join(b"\x00" + bytes(colour) * size for _ in range(size))

    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)))
        out.write(chunk(b"IDAT", zlib.compress(raw)))
        out.write(chunk(b"IEND", b""))


save_png("logo.png", 8, (200, 40, 40))
with open("logo.png", "rb") as image:
    response = openai.Image.create_variation(image=image, n=3, size="256x256")

urls = [item["url"] for item in response["data"]]
for number, url in enumerate(urls, start=1):
    print(number, url.rsplit("/", 1)[-1])
