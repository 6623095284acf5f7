from langchain.llms import OpenAI

llm = OpenAI(model_name="text-davinci-003", temperature=0)

questions = ["Capital of France?", "Largest planet?"]
result = llm.generate(questions)
for question, generation in zip(questions, result.generations):
    print(question, "->", generation[0].text.strip())
