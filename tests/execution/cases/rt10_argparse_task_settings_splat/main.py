import argparse

import openai

TASKS = {
    "summarize": {"model": "text-davinci-003", "max_tokens": 60, "temperature": 0.3},
    "keywords": {"model": "text-curie-001", "max_tokens": 20, "temperature": 0.0},
}
TEMPLATES = {
    "summarize": "Summarize in one sentence:\n\n{text}\n\nSummary:",
    "keywords": "Extract three keywords from:\n\n{text}\n\nKeywords:",
}


def parse_args():
    parser = argparse.ArgumentParser(description="Run text tasks over an input")
    parser.add_argument("--task", choices=list(TASKS) + ["all"], default="all")
    parser.add_argument("--text", default="Large language models are trained on web text.")
    return parser.parse_args()


def run_task(name, text):
    response = openai.Completion.create(prompt=TEMPLATES[name].format(text=text), **TASKS[name])
    return response["choices"][0]["text"].strip()


def main():
    args = parse_args()
    names = list(TASKS) if args.task == "all" else [args.task]
    for name in names:
        print(f"{name}: {run_task(name, args.text)}")


if __name__ == "__main__":
    main()
