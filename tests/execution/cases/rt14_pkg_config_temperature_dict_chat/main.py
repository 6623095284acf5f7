import llm

context = "The quarterly meeting moved to Thursday."
print("answer:", llm.chat("When is the meeting?", context))
print("dims:", len(llm.embed(context)))
