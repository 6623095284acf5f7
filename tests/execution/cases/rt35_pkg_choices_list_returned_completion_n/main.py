from ideas import brainstorm

choices = brainstorm("a science fair project")
for c in choices:
    print(c["index"], c["text"].strip(), c.finish_reason)
print("unique:", len({c["text"] for c in choices}))
