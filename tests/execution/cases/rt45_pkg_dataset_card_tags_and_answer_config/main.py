from faq.answer import answer
from faq.dataset import card, load

dataset = load()
print(card(dataset))
for item in dataset["items"]:
    print("Q:", item["question"])
    print("A:", answer(item["question"]))
