import openai

import config


def stream_email(tone, topic, max_tokens=config.MAX_TOKENS):
    prompt = f"{config.TONES[tone]} about {topic}."
    for chunk in openai.Completion.create(engine=config.ENGINE, prompt=prompt,
                                          max_tokens=max_tokens, stream=True):
        yield chunk["choices"][0]["text"]
