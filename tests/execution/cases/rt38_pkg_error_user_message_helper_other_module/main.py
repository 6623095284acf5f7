from app.llm import answer

if __name__ == "__main__":
    print(answer([{"role": "user", "content": "Hello!"}]))
    print(answer([]))
