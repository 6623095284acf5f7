import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

PRICE_PER_1K = 0.002  # gpt-3.5-turbo, USD

messages = [{"role": "system", "content": "You are a friendly assistant named Max."}]
total_tokens = 0

# normally: user_input = input("You: ")
scripted = ["Hello there", "What is your name?", "Tell me a fun fact about octopuses", "quit", "never sent"]

print("Chatbot started! Type 'quit' to exit.")
i = 0
while True:
    user_input = scripted[i]
    i += 1
    print("You:", user_input)
    if user_input.lower() in ["quit", "exit", "bye"]:
        print("Bot: Goodbye!")
        break
    messages.append({"role": "user", "content": user_input})
    completion = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
    chat_response = completion.choices[0].message.content
    total_tokens += completion.usage.total_tokens
    print(f"Bot: {chat_response}")
    messages.append({"role": "assistant", "content": chat_response})

print(f"Conversation used {total_tokens} tokens (~${total_tokens / 1000 * PRICE_PER_1K:.4f})")
print(len(messages), "messages in history")
