from langchain.llms import OpenAI

llm = OpenAI(model_name="text-davinci-003", max_tokens=8)

PROMPT = ("Summarize the following release notes for the changelog page "
          "in plain words please: faster startup, fewer crashes, dark mode")

if __name__ == "__main__":
    text = llm(PROMPT)
    print(repr(text.strip()))
    print(len(text.split()))
