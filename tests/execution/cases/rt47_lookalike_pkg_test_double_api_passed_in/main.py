from app.replies import make_reply
from testing.doubles import StubOpenAI

if __name__ == "__main__":
    for question in ["Where is my order?", "Can I change the address?"]:
        print(make_reply(StubOpenAI, question))
    print(make_reply(StubOpenAI, "Escalate please", model="gpt-4"))
    for model, params in StubOpenAI.calls:
        print(model, params)
