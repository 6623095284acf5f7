from llm import first_choice

if __name__ == "__main__":
    choice = first_choice("Explain recursion in simple words please")
    print(choice["message"]["content"])
    print(choice.finish_reason, choice["index"])
    if choice["finish_reason"] == "length":
        print("(truncated)")
