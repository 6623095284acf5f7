import openai

history = [{"role": "system", "content": "You are a voice assistant. Be brief."}]


def ask(audio_path):
    with open(audio_path, "rb") as f:
        question = openai.Audio.transcribe("whisper-1", f)["text"]
    history.append({"role": "user", "content": question})
    response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history)
    message = response["choices"][0]["message"]
    history.append({"role": message["role"], "content": message["content"]})
    return question, message["content"]


for path in ["q1.wav", "q2.wav"]:
    question, answer = ask(path)
    print("You:", question)
    print("Bot:", answer)
print(len(history), "messages")
