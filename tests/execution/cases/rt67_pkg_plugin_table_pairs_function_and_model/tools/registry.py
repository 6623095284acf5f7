from . import keywords, summarize

TOOLS = {
    "summarize": (summarize.run, "text-davinci-003"),
    "keywords": (keywords.run, "gpt-3.5-turbo"),
}


def call(tool, text):
    func, model = TOOLS[tool]
    return func(text, model=model)
