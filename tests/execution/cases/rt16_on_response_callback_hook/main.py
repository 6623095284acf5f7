import openai


def log_usage(response):
    usage = response["usage"]
    print(f"[usage] prompt={usage['prompt_tokens']} completion={usage['completion_tokens']}")


class HookedLLM:
    def __init__(self, model="gpt-3.5-turbo", on_response=None):
        self.model = model
        self.on_response = on_response

    def chat(self, prompt):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
        )
        if self.on_response:
            self.on_response(response)
        return response.choices[0].message.content


if __name__ == "__main__":
    llm = HookedLLM(on_response=log_usage)
    print(llm.chat("What is a hook in software?"))
    quiet = HookedLLM()
    print(quiet.chat("Be quiet"))
