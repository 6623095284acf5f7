import openai


def one_line(prompt):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=20,
        logit_bias={"198": -100},
    )
    return response["choices"][0]["text"]


if __name__ == "__main__":
    print(one_line("Describe the moon"))
