import openai

ENGINE = "text-davinci-003"

engine = openai.Engine.retrieve(ENGINE)
print(engine.id, "ready" if engine.ready else "not ready")
completion = openai.Completion.create(engine=ENGINE, prompt="Say hi", max_tokens=5)
print(completion.choices[0].text)
