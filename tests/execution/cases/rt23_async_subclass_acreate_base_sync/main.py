import asyncio

import openai


class LLM:
    model = "gpt-3.5-turbo"

    def _params(self, prompt):
        return dict(model=self.model, messages=[{"role": "user", "content": prompt}], max_tokens=20)

    def generate(self, prompt):
        return openai.ChatCompletion.create(**self._params(prompt)).choices[0].message.content


class AsyncLLM(LLM):
    async def agenerate(self, prompt):
        response = await openai.ChatCompletion.acreate(**self._params(prompt))
        return response.choices[0].message.content

    async def amap(self, prompts):
        return await asyncio.gather(*(self.agenerate(p) for p in prompts))


if __name__ == "__main__":
    llm = AsyncLLM()
    print(llm.generate("sync hello"))
    for line in asyncio.run(llm.amap(["one", "two", "three"])):
        print(line)
