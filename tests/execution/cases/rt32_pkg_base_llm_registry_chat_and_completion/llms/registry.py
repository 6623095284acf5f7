from llms.openai_llms import OpenAIChatLLM, OpenAICompletionLLM

LLM_REGISTRY = {
    "openai-chat": OpenAIChatLLM,
    "openai-completion": OpenAICompletionLLM,
}


def get_llm(name, **kwargs):
    return LLM_REGISTRY[name](**kwargs)
