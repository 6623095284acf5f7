import service

doc = "The meeting moved to Thursday because the venue was double booked."
summary = service.summarize(doc)
print("summary:", summary.choices[0].message.content)
print("finish:", summary.choices[0].finish_reason)
french = service.translate(doc, "French")
print("french:", french.choices[0].message.content)
print("tokens:", summary.usage.total_tokens + french.usage.total_tokens)
