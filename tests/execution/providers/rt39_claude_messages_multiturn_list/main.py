from anthropic import Anthropic

MODEL_NAME = "claude-3-haiku-20240307"
client = Anthropic()
conversation = []

for user_text in ["I like hiking.", "Suggest a place for it.", "And what should I pack?"]:
    conversation.append({"role": "user", "content": user_text})
    response = client.messages.create(model=MODEL_NAME, max_tokens=400, messages=conversation)
    assistant_text = response.content[0].text
    conversation.append({"role": "assistant", "content": assistant_text})
    print(f"> {user_text}\n{assistant_text}")

print(len(conversation), "messages")
