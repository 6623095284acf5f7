"""Generate a poster with DALL-E, then have GPT-4V critique it by URL."""
import openai


def generate(prompt):
    result = openai.Image.create(prompt=prompt, n=1, size="512x512")
    return result["data"][0]["url"]


def critique(url):
    response = openai.ChatCompletion.create(
        model="gpt-4-vision-preview",
        messages=[{"role": "user", "content": [
            {"type": "text", "text": "Critique this poster's composition."},
            {"type": "image_url", "image_url": {"url": url}},
        ]}],
        max_tokens=150,
    )
    return response.choices[0].message.content


url = generate("retro travel poster of Lisbon trams")
print("poster:", url.rsplit("/", 1)[-1])
print("critique:", critique(url))
