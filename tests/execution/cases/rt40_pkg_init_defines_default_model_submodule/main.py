from chatkit import ChatSession

session = ChatSession("You are a patient maths tutor.")
print(session.send("What is a prime number?"))
print(session.send("Is 21 prime?"))
print("turns:", len(session.messages))
