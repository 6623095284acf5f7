import openai


def main():
    resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": "Say hi"}])
    choice = resp.get("choices", [{}])[0]
    print(choice.get("message", {}).get("content", ""))
    print(resp.get("usage", {}).get("completion_tokens", 0))


if __name__ == "__main__":
    main()
