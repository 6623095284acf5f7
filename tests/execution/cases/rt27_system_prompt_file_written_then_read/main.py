import os
import tempfile

import openai

DEFAULT_PROMPT = """You are a support agent for ACME Widgets.
Be polite and brief."""


def load_config():
    return {
        "openai_api_key": os.environ.get("OPENAI_API_KEY", ""),
        "model": "gpt-3.5-turbo",
        "prompt_dir": os.path.join(tempfile.mkdtemp(), "prompts"),
    }


def ensure_prompt(prompt_dir):
    os.makedirs(prompt_dir, exist_ok=True)
    path = os.path.join(prompt_dir, "system.txt")
    if not os.path.exists(path):
        with open(path, "w") as f:
            f.write(DEFAULT_PROMPT + "\n")
    return path


def main():
    config = load_config()
    openai.api_key = config["openai_api_key"]
    with open(ensure_prompt(config["prompt_dir"])) as f:
        system_prompt = f.read().strip()
    print("system prompt has", len(system_prompt.splitlines()), "lines")

    for question in ["my widget is broken", "how do I get a refund"]:
        completion = openai.ChatCompletion.create(
            model=config["model"],
            messages=[
                {"role": "system", "content": system_prompt},
                {"role": "user", "content": question},
            ],
        )
        print("Q:", question)
        print("A:", completion.choices[0].message["content"])
        print("tokens:", completion["usage"]["total_tokens"])


if __name__ == "__main__":
    main()
