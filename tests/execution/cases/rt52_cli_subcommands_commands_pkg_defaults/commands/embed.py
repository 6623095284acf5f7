import json

import openai


def run(args):
    response = openai.Embedding.create(input=args.texts, engine="text-embedding-ada-002")
    for text, item in zip(args.texts, response.data):
        print(json.dumps({"text": text, "dims": len(item.embedding),
                          "head": [round(x, 3) for x in item.embedding[:3]]}))
    print(f"{response.usage.prompt_tokens} tokens")
    return 0
