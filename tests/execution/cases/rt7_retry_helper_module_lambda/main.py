import openai

from llm import summarize

if __name__ == "__main__":
    print(summarize("Cats sleep a lot."))
    try:
        openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[])
    except openai.error.InvalidRequestError:
        print("empty conversation rejected")
