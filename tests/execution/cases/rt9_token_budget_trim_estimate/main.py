import openai

MODEL = "gpt-3.5-turbo"
TOKEN_BUDGET = 60


def estimate_tokens(messages):
    # rough rule of thumb: 1 token ~ 4 characters, plus 4 per message
    return sum(len(m["content"]) // 4 + 4 for m in messages)


class BudgetChat:
    def __init__(self):
        self.messages = [{"role": "system", "content": "Be brief."}]
        self.last_prompt_tokens = None

    def trim(self):
        while estimate_tokens(self.messages) > TOKEN_BUDGET and len(self.messages) > 2:
            dropped = self.messages.pop(1)
            print(f"  dropped {dropped['role']} message")

    def ask(self, text):
        self.messages.append({"role": "user", "content": text})
        self.trim()
        response = openai.ChatCompletion.create(model=MODEL, messages=self.messages)
        self.last_prompt_tokens = response["usage"]["prompt_tokens"]
        content = response["choices"][0]["message"]["content"]
        self.messages.append({"role": "assistant", "content": content})
        return content


if __name__ == "__main__":
    chat = BudgetChat()
    for q in ["Tell me about the moon", "How far is it from Earth?", "And the sun?", "Thanks"]:
        print(chat.ask(q))
        print("  prompt tokens:", chat.last_prompt_tokens, "estimate:", estimate_tokens(chat.messages))
