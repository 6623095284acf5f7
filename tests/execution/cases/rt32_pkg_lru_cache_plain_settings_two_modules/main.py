from app.chat import chat
from app.summarize import summarize

notes = "The team met on Monday, agreed to ship the beta on Friday and to fix the login bug first."
print("summary:", summarize(notes))
history = [{"role": "user", "content": "What should we fix before the beta?"}]
print("chat:", chat(history))
