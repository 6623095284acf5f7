import openai

try:
    from openai import OpenAI
except ImportError:  # openai<1
    OpenAI = None


class Assistant:
    chat_model = "gpt-3.5-turbo"
    summary_model = "text-davinci-003"

    def __init__(self, persona):
        self.persona = persona
        self.history = [{"role": "system", "content": persona}]
        self._client = OpenAI() if OpenAI else None

    def reply(self, text):
        self.history.append({"role": "user", "content": text})
        if self._client:
            out = self._client.chat.completions.create(model=self.chat_model,
                                                       messages=self.history)
            answer = out.choices[0].message.content
        else:
            out = openai.ChatCompletion.create(model=self.chat_model, messages=self.history)
            answer = out["choices"][0]["message"]["content"]
        self.history.append({"role": "assistant", "content": answer})
        return answer

    def summarize_history(self):
        transcript = "\n".join(f"{m['role']}: {m['content']}" for m in self.history[1:])
        out = openai.Completion.create(
            model=self.summary_model,
            prompt=f"Summarize this conversation:\n{transcript}\n\nSummary:",
            max_tokens=40,
            stop="\n\n",
        )
        return out.choices[0].text.strip()
