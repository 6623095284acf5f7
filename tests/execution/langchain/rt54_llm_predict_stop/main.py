from langchain.llms import OpenAI

llm = OpenAI(model_name="text-davinci-003", temperature=0)

if __name__ == "__main__":
    answer = llm.predict("Q: first colour of the rainbow?\nA: red\nQ: next?", stop=["\n"])
    print(repr(answer.strip()))
