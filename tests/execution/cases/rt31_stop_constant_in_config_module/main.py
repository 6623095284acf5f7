import openai

from config import ENGINE, MAX_TOKENS, STOP_SEQUENCES

transcript = "The following is a conversation with a helpful AI assistant.\n"
for user_line in ["Hello, who are you?\nAI: I am a bot\nHuman: ok", "Tell me a joke"]:
    transcript += f"\nHuman: {user_line}\nAI:"
    response = openai.Completion.create(
        engine=ENGINE,
        prompt=transcript,
        max_tokens=MAX_TOKENS,
        temperature=0.9,
        stop=STOP_SEQUENCES,
    )
    reply = response.choices[0].text.strip()
    transcript += " " + reply
    print("AI:", reply[-60:])
print(transcript.count("\n"), "lines")
