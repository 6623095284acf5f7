import openai


class ContentFilter:
    def __init__(self, model="text-moderation-stable", threshold=0.5):
        self.model = model
        self.threshold = threshold

    def check(self, text):
        response = openai.Moderation.create(input=text, model=self.model)
        result = response["results"][0]
        hits = [c for c, s in result["category_scores"].items() if s >= self.threshold]
        return sorted(hits)


moderator = ContentFilter()
for text in ["have a nice day", "I hate your stupid face"]:
    hits = moderator.check(text)
    print(text, "->", hits or "clean")
