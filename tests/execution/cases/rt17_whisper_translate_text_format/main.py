import openai

with open("gruss.ogg", "rb") as clip:
    english = openai.Audio.translate("whisper-1", clip, response_format="text")

caption = english.strip()
print(repr(caption))
print(caption.title())
