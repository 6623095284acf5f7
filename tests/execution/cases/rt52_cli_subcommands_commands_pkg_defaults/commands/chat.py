import openai


def run(args):
    messages = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": args.message})
    response = openai.ChatCompletion.create(
        model=args.model,
        messages=messages,
        max_tokens=args.max_tokens,
    )
    print(response.choices[0].message.content)
    return 0
