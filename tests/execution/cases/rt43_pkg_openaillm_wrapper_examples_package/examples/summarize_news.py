from tinychain.chains import SummaryChain
from tinychain.llms import OpenAILLM

ARTICLE = ("The city council approved a new bike lane network on Tuesday, adding forty "
           "kilometres of protected lanes across the three busiest districts by next spring.")


def run():
    quick = SummaryChain(OpenAILLM())
    careful = SummaryChain(OpenAILLM(model="gpt-4"))
    for chain in (quick, careful):
        summary = chain.run(ARTICLE)
        print(len(summary.split()), summary)
