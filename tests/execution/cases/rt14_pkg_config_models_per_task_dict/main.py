import llm

notes = "The quarterly meeting moved to Thursday. Budget approval is pending from finance."
summary = llm.summarize(notes)
print("summary:", summary)
print("dims:", len(llm.embed(summary)))
