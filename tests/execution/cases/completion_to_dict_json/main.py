import json

import openai


def main():
    resp = openai.Completion.create(model="text-davinci-003", prompt="A fun fact about owls")
    record = json.loads(json.dumps(resp))
    data = resp.to_dict()
    print(data["choices"][0]["text"])
    print(record["usage"]["total_tokens"])


if __name__ == "__main__":
    main()
