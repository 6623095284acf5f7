from qa.answerer import Answerer
from qa.retriever import Retriever

docs = ["The library opens at 8.", "Printing costs 10 cents a page.", "Laptops can be borrowed for a week."]
qa = Answerer(Retriever(docs))
for question in ["How much is printing?", "Can I borrow a laptop?"]:
    text, prompt_tokens = qa.answer(question)
    print(text)
    print("prompt tokens:", prompt_tokens)
