import logging

import openai

logging.basicConfig(level=logging.DEBUG, format="%(message)s")
log = logging.getLogger("bot")


def reply(prompt):
    full = ""
    for chunk in openai.Completion.create(model="text-davinci-003", prompt=prompt,
                                          max_tokens=200, stream=True):
        log.debug(chunk)
        if chunk["choices"][0]["finish_reason"] == "stop":
            break
        piece = chunk["choices"][0].get("text")
        if piece:
            full += piece
    logging.info("reply: %s", full)
    return full


if __name__ == "__main__":
    print(reply("Tell me a short story about a lighthouse"))
