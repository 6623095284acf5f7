import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

# Step 1: ask ChatGPT for an image prompt
messages = [
    {"role": "system", "content": "You write short prompts for an image generator."},
    {"role": "user", "content": "A cozy reading corner on a rainy day"},
]
response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
image_prompt = response["choices"][0]["message"]["content"]
print("Image prompt:", image_prompt)

# Step 2: generate the image with DALL-E
response = openai.Image.create(
    prompt=image_prompt,
    n=1,
    size="256x256",
)
image_url = response["data"][0]["url"]
print("Got an image URL:", image_url.startswith("https://"))
print("File name ends with .png:", image_url.split("/")[-1].endswith(".png"))
