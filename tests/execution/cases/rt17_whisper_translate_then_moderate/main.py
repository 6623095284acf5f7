import openai


def translate_voice_message(path):
    with open(path, "rb") as f:
        translation = openai.Audio.translate("whisper-1", f)
    return translation["text"]


def post(path):
    text = translate_voice_message(path)
    mod = openai.Moderation.create(input=text)
    if mod.results[0].flagged:
        return f"[removed] ({path})"
    return f"{path}: {text}"


for path in ["hola.m4a", "rant.m4a"]:
    print(post(path))
