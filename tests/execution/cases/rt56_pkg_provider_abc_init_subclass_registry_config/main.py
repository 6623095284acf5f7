from config import PROVIDER, REVIEW_MODEL
from llm import Provider

drafting = Provider.create(PROVIDER)
review = Provider.create(PROVIDER, model=REVIEW_MODEL)
offline = Provider.create("local")
for label, provider in (("draft", drafting), ("review", review), ("offline", offline)):
    print(label, type(provider).__name__, provider.complete("compare tabs and spaces briefly"))
