from chatapp.chat import Conversation

conversation = Conversation("You help plan meals.")
for line in ["I have rice and beans", "Also some peppers", "No oven today", "What can I make?"]:
    size, reply = conversation.say(line)
    print(size, reply)
