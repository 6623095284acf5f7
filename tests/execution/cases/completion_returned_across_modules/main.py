from llm import complete


def main():
    result = complete("List three uses for a paperclip:")
    print(result["choices"][0]["text"].strip())
    print("finish:", result["choices"][0]["finish_reason"])
    print("tokens:", result["usage"]["total_tokens"])


if __name__ == "__main__":
    main()
