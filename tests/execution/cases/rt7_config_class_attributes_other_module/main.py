from llm import answer, vector

if __name__ == "__main__":
    print(answer("What is the boiling point of water?"))
    print(len(vector("water")))
