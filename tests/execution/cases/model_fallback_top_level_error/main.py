import openai


def fallback_model(model):
    try:
        openai.Model.retrieve(model)
        return model
    except openai.InvalidRequestError:
        print(f"Model {model} not available; falling back")
        return "babbage-002"


if __name__ == "__main__":
    print(fallback_model("gpt-4-does-not-exist"))
