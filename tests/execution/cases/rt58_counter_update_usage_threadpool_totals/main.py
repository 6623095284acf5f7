import collections
import threading
from concurrent.futures import ThreadPoolExecutor

import openai

USAGE = collections.Counter()
LOCK = threading.Lock()

PARAGRAPHS = [
    "Photosynthesis turns light into chemical energy in plants",
    "The printing press spread literacy across Europe",
    "Volcanoes form where tectonic plates meet",
    "Bees communicate the location of flowers by dancing",
]


def title(paragraph):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "A title for: " + paragraph}],
        max_tokens=6,
    )
    with LOCK:
        USAGE.update(response.usage)
    return response.choices[0].message.content


with ThreadPoolExecutor(max_workers=2) as pool:
    titles = list(pool.map(title, PARAGRAPHS))

for t in titles:
    print("-", t)
for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
    print(key, USAGE[key])
print("keys:", sorted(USAGE))
