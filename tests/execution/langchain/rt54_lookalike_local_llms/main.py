from llms import OpenAI

llm = OpenAI(temperature=0)

if __name__ == "__main__":
    print(llm.predict("abc"))
    print(llm("hello"))
