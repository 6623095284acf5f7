from conversation import Conversation

if __name__ == "__main__":
    convo = Conversation("You are a Spanish tutor.")
    convo.say("How do I say thank you?")
    convo.say("And good night?")
    for m in convo.messages:
        print(f"{m['role']:>9}: {m['content'][:40]}")
    print(sum(1 for m in convo.messages if m.get("role") == "assistant"), "assistant turns")
