import openai

DEFAULT_MODELS = {
    "chat": "gpt-3.5-turbo",
    "completion": "text-davinci-003",
}


class LLM:
    def __init__(self, mode="chat", model=None):
        if mode not in DEFAULT_MODELS:
            raise ValueError(mode)
        self.mode = mode
        self.model = model or DEFAULT_MODELS[mode]

    def generate(self, prompt):
        if self.mode == "chat":
            response = openai.ChatCompletion.create(
                model=self.model,
                messages=[{"role": "user", "content": prompt}],
            )
            return response["choices"][0]["message"]["content"]
        response = openai.Completion.create(model=self.model, prompt=prompt, max_tokens=50)
        return response["choices"][0]["text"]
