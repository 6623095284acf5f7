import openai
from llmkit import OpenAI

llm = OpenAI(temperature=0)

DOC_VECTOR = openai.Embedding.create(model="text-embedding-ada-002", input="shipping policy")["data"][0]["embedding"]


def main():
    print(llm("summarize the policy"))
    print(len(DOC_VECTOR), round(DOC_VECTOR[0], 6))


if __name__ == "__main__":
    main()
