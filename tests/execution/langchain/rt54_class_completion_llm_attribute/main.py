from langchain.llms import OpenAI


class Summarizer:
    def __init__(self, temperature=0):
        self.llm = OpenAI(model_name="text-davinci-003", temperature=temperature)

    def summarize(self, text):
        return self.llm(f"Summarize: {text}").strip()


if __name__ == "__main__":
    s = Summarizer()
    print(s.summarize("The meeting moved to Thursday."))
