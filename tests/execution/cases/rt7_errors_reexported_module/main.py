from errors import InvalidRequestError, OpenAIError
from llm import chat

if __name__ == "__main__":
    for model in ["gpt-3.5-turbo", "gpt-3.5-turbo-9999"]:
        try:
            print(chat("Say hi", model=model))
        except InvalidRequestError:
            print("bad request for", model)
        except OpenAIError:
            print("other error for", model)
