from qa import MuseumQA

qa = MuseumQA()
for question in ["Is there a cafe?", "Can I take photos?"]:
    print(question, "->", qa.ask(question))
