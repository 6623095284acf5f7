"""Eval harness in --dry-run mode: a local backend stands in for the API (no openai needed)."""
import argparse
import hashlib


class Completion:
    """Mimics the shape of openai.Completion for offline runs."""

    @staticmethod
    def create(model, prompt, max_tokens=16, temperature=0.0):
        h = hashlib.sha1(f"{model}|{prompt}".encode()).hexdigest()[:8]
        return {"choices": [{"text": f" stub-{h}"}], "usage": {"total_tokens": len(prompt) // 4 + max_tokens}}


class ChatCompletion:
    @staticmethod
    def create(model, messages, temperature=0.0):
        last = messages[-1]["content"]
        return {"choices": [{"message": {"role": "assistant", "content": last[::-1]}}]}


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--model", default="text-davinci-003")
    p.add_argument("--chat-model", default="gpt-3.5-turbo")
    p.add_argument("--dry-run", action="store_true", default=True)
    return p.parse_args([])


args = parse_args()
for prompt in ["2+2=", "The sky is"]:
    r = Completion.create(model=args.model, prompt=prompt, max_tokens=8, temperature=0)
    c = ChatCompletion.create(model=args.chat_model, messages=[{"role": "user", "content": prompt}])
    print(f"{args.model:<18}{r['choices'][0]['text']!r:<18}{r['usage']['total_tokens']:>4}  {c['choices'][0]['message']['content']}")
