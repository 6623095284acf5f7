from concurrent.futures import ThreadPoolExecutor

import openai


class Extractor:
    model = "text-davinci-003"
    stop = ["\n\n"]
    max_tokens = 30
    template = "{text}"

    def _one(self, text):
        response = openai.Completion.create(
            model=self.model,
            prompt=self.template.format(text=text),
            max_tokens=self.max_tokens,
            temperature=0,
            stop=self.stop,
        )
        return response.choices[0].text.strip()

    def run(self, texts, workers=2):
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(self._one, texts))
