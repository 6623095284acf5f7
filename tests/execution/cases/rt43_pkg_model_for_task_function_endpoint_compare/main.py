from writer.run import run

for task, text in [("chat", "Hello there"), ("review", "def add(a, b): return a - b"),
                   ("complete", "Once upon a time")]:
    print(task, "->", run(task, text))
