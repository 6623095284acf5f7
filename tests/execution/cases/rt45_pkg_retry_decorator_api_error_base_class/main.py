import openai

from api import chat

print(chat([{"role": "user", "content": "ping"}]))
try:
    chat([])  # an empty conversation: the API refuses it
except openai.error.InvalidRequestError as error:
    print("rejected, not retried:", error.http_status)
print(chat([{"role": "user", "content": "still there?"}], model="gpt-4"))
