import openai

from resilient.decorators import CALLS
from resilient.llm import ask, ask_history

if __name__ == "__main__":
    print(ask("Say hello to the team"))
    print(ask("Say hello to the team", max_tokens=2))
    try:
        ask_history([])
    except openai.error.InvalidRequestError as error:
        print("rejected:", error.http_status)
    except openai.error.OpenAIError as error:
        print("other error")
    print({name: len(times) for name, times in sorted(CALLS.items())})
