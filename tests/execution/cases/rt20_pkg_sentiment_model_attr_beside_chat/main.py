from app.classifier import KeywordSentimentModel
from app.llm import LLMSentiment

reviews = ["I love this great phone!", "Awful battery, bad screen.", "It arrived on Tuesday."]
baseline = KeywordSentimentModel()
old = KeywordSentimentModel(model="basic-v1")
llm = LLMSentiment()
print(baseline, old)
for r in reviews:
    print(f"{baseline.predict(r):>8} | {old.predict(r):>8} | {llm.predict(r)}")
