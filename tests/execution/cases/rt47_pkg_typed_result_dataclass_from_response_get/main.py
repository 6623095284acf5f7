import dataclasses

from typedllm import ChatResult, complete

if __name__ == "__main__":
    results = [
        complete("Summarise the plot of Hamlet"),
        complete("List every planet in the solar system in order", system="Be brief", max_tokens=5),
    ]
    for result in results:
        assert isinstance(result, ChatResult)
        shown = dataclasses.replace(result, response_id=result.response_id.split("-")[0])
        print(shown, "truncated" if result.truncated else "complete")
