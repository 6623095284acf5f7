import openai

response = openai.Image.create(
    prompt="a cute baby sea otter",
    n=1,
    size="1024x1024",
)
image_url = response["data"][0]["url"]
print("Open this link:", image_url.split("/")[2])
