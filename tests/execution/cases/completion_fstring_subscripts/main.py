import openai


def main():
    response = openai.Completion.create(
        model="gpt-3.5-turbo-instruct",
        prompt="Suggest a name for a pet turtle",
        max_tokens=4,
    )
    print(f"text={response['choices'][0]['text']!r} finish={response['choices'][0]['finish_reason']}")
    print(f"tokens={response['usage']['total_tokens']}, prompt={response['usage']['prompt_tokens']}")


if __name__ == "__main__":
    main()
