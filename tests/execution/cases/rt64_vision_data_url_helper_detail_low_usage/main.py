"""Ask GPT-4 Vision what is on a small chart image the script draws itself."""
import base64
import struct
import zlib

import openai

VISION_MODEL = "gpt-4-vision-preview"


def write_png(path, width, height, rgb):
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(tag, data):
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def encode_image(image_path):
    with open(image_path, "rb") as image_file:
        return base64.b64encode(image_file.read()).decode("utf-8")


def describe_image(image_path, question, detail="low"):
    base64_image = encode_image(image_path)
    response = openai.ChatCompletion.create(
        model=VISION_MODEL,
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": question},
                    {
                        "type": "image_url",
                        "image_url": {
                            "url": f"data:image/png;base64,{base64_image}",
                            "detail": detail,
                        },
                    },
                ],
            }
        ],
        max_tokens=300,
    )
    return response


if __name__ == "__main__":
    write_png("chart.png", 4, 3, (30, 144, 255))
    result = describe_image("chart.png", "What colour dominates this chart?")
    print(result["choices"][0]["message"]["content"])
    print("tokens used:", result["usage"]["total_tokens"])
    result = describe_image("chart.png", "Describe it in detail.", detail="high")
    print(result.choices[0].message.content)
