import openai


def run(args):
    response = openai.Completion.create(
        engine=args.engine,
        prompt=args.prompt,
        max_tokens=args.max_tokens,
        temperature=args.temperature,
    )
    text = response.choices[0].text.strip()
    print(text)
    return 0 if response.choices[0].finish_reason == "stop" else 3
