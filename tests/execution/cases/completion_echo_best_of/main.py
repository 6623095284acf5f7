import openai


def continue_story(opening):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=opening,
        max_tokens=20,
        echo=True,
        best_of=2,
    )
    return response["choices"][0]["text"]


if __name__ == "__main__":
    print(continue_story("Once upon a time, a lighthouse keeper"))
