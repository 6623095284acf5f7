from app.services import most_similar, summarize

article = ("The city council voted on Tuesday to extend the bike lane network by twelve "
           "kilometres, with construction starting next spring and finishing within two years.")
summary, finish = summarize(article)
print("summary:", summary)
print("finish:", finish)
print("closest:", most_similar("cycling infrastructure", ["bike lanes", "tax rates", "weather"]))
