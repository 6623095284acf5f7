import openai


def answer(question, model="text-davinci-003"):
    reply = openai.Completion.create(model=model, prompt="Q: " + question + "\nA:", max_tokens=40)
    return reply["choices"][0]["text"].strip()


def handle(request):
    model = "text-davinci-003"
    if request.get("model"):
        model = request["model"]
    return answer(request["question"], model=model)


if __name__ == "__main__":
    print(handle({"question": "What colour is the sky?"}))
