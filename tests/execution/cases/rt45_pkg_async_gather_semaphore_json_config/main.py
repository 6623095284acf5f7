import asyncio

from batch.worker import translate_all

SENTENCES = [
    "The train leaves at nine in the morning from platform four",
    "Please close the window",
    "We are out of coffee again and the shop is closed today",
]
results = asyncio.run(translate_all(SENTENCES))
for sentence, (text, used) in zip(SENTENCES, results):
    print(f"{sentence[:20]!r} -> {text!r} ({used})")
