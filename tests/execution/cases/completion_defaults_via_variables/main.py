import openai

ECHO_PROMPT = False
BEST_OF = 1


def continue_story(opening, want_logprobs=None):
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt=opening,
        max_tokens=40,
        echo=ECHO_PROMPT,
        best_of=BEST_OF,
        logprobs=want_logprobs,
    )
    return resp["choices"][0]["text"]


if __name__ == "__main__":
    print(continue_story("Once upon a time"))
