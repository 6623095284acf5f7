import openai


class PromptTemplate:
    def __init__(self, template, input_variables):
        self.template = template
        self.input_variables = input_variables

    def format(self, **kwargs):
        missing = set(self.input_variables) - set(kwargs)
        if missing:
            raise ValueError(f"missing variables: {sorted(missing)}")
        return self.template.format(**kwargs)


class OpenAILLM:
    def __init__(self, model_name="text-davinci-003", temperature=0.7, max_tokens=256):
        self.model_name = model_name
        self.temperature = temperature
        self.max_tokens = max_tokens

    def __call__(self, prompt, stop=None):
        response = openai.Completion.create(
            model=self.model_name,
            prompt=prompt,
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            stop=stop,
        )
        return response["choices"][0]["text"]


class LLMChain:
    def __init__(self, llm, prompt):
        self.llm = llm
        self.prompt = prompt

    def run(self, **kwargs):
        return self.llm(self.prompt.format(**kwargs)).strip()


name_prompt = PromptTemplate("What is a good name for a company that makes {product}?",
                             ["product"])
slogan_prompt = PromptTemplate("Write a slogan for {company}, a company that makes {product}.",
                               ["company", "product"])
llm = OpenAILLM(temperature=0.9)
company = LLMChain(llm, name_prompt).run(product="colorful socks")
print("company:", company)
print("slogan:", LLMChain(llm, slogan_prompt).run(company=company, product="colorful socks"))
