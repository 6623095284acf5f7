import openai


def main():
    resp = openai.Completion.create(model="text-davinci-003", prompt="Suggest a name for a cat")
    usage = resp.get("usage", {})
    print(resp.get("choices")[0].get("text"))
    print(usage.get("total_tokens"), resp["usage"]["prompt_tokens"])


if __name__ == "__main__":
    main()
