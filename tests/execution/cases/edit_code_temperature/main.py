import openai

CODE = "def fibonacci(n):\n    return n if n < 2 else fibonacci(n - 1) + fibonacci(n - 2)\n"


def refactor(code, instruction):
    edit = openai.Edit.create(model="code-davinci-edit-001", input=code, instruction=instruction, temperature=0)
    return edit["choices"][0]["text"]


def main():
    print(refactor(CODE, "Rename fibonacci to fib"))


if __name__ == "__main__":
    main()
