import summarizer.core as core

text = "The museum reopens on Monday after a two-year renovation of its east wing."
summary, reason = core.tldr(text)
print("summary:", summary)
print("finish:", reason)
