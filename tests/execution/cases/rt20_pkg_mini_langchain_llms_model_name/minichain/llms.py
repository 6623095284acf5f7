import openai


class OpenAI:
    """Completion-style LLM, named like LangChain's."""

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


class ChatOpenAI:
    def __init__(self, model_name="gpt-3.5-turbo", temperature=0.7):
        self.model_name = model_name
        self.temperature = temperature

    def __call__(self, prompt, stop=None):
        response = openai.ChatCompletion.create(
            model=self.model_name,
            messages=[{"role": "user", "content": prompt}],
            temperature=self.temperature,
            stop=stop,
        )
        return response["choices"][0]["message"]["content"]
