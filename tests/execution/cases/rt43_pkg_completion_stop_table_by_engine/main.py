from promptlib.complete import Completer

complete = Completer()
print(repr(complete("Q: What is two plus two?\n\nA: four")))
print(repr(complete("List three colors:\nred\ngreen\nblue")))
