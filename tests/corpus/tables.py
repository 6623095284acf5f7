import openai

MODEL_BY_TIER = {"cheap": "ada", "balanced": "curie", "best": "davinci"}
PRICE_PER_1K = {"davinci": 0.02, "curie": 0.002, "text-davinci-003": 0.02}
SCIENTISTS = {"ada": "Ada Lovelace", "curie": "Marie Curie"}
ENGINES = ["text-ada-001", "text-babbage-001"]
CANDIDATES = ("babbage", "curie")
PEOPLE = ["ada", "babbage"]


def body(prompt):
    return {"model": "gpt-3.5-turbo-16k", "messages": [{"role": "user", "content": prompt}]}


def by_tier(tier, prompt):
    return openai.Completion.create(model=MODEL_BY_TIER[tier], prompt=prompt)


def sweep(prompt):
    for engine in CANDIDATES:
        openai.Completion.create(engine=engine, prompt=prompt)
    for name in PEOPLE:
        print(name)
