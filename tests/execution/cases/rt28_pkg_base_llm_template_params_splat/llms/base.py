class BaseLLM:
    def __init__(self, model_name, temperature=0.0, max_tokens=128):
        self.model_name = model_name
        self.temperature = temperature
        self.max_tokens = max_tokens

    def _default_params(self):
        return {
            "model": self.model_name,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        }

    def _prompt_params(self, prompt):
        raise NotImplementedError

    def _call(self, **params):
        raise NotImplementedError

    def _parse(self, response):
        raise NotImplementedError

    def __call__(self, prompt):
        params = self._default_params()
        params.update(self._prompt_params(prompt))
        return self._parse(self._call(**params))
