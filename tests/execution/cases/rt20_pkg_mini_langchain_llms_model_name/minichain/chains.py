class PromptTemplate:
    def __init__(self, template, input_variables):
        self.template = template
        self.input_variables = input_variables

    def format(self, **kwargs):
        missing = set(self.input_variables) - set(kwargs)
        if missing:
            raise KeyError(f"missing variables: {sorted(missing)}")
        return self.template.format(**kwargs)


class LLMChain:
    def __init__(self, llm, prompt):
        self.llm = llm
        self.prompt = prompt

    def run(self, **kwargs):
        return self.llm(self.prompt.format(**kwargs)).strip()
