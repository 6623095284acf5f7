from tasks.registry import TASKS
from tasks.runner import run

TEXT = "Invoice 42 from Acme Corp is due on the first of March for 300 dollars"

if __name__ == "__main__":
    for name, params in TASKS.items():
        reply, finish = run(TEXT, params)
        print(f"{name:14} max={params.max_tokens:<3} {finish:6} {reply}")
