"""Collaborative story: each round the model continues the story so far."""
import openai

story = "Once upon a time, a robot named Pip lived in a lighthouse."
for round_no in range(1, 4):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Continue the story.\n\n{story}",
        max_tokens=10,
        temperature=0.8,
    )
    continuation = response["choices"][0]["text"]
    story += " " + continuation.strip()
    print(f"round {round_no}: +{len(continuation.split())} words, "
          f"finish={response['choices'][0]['finish_reason']}")
print(len(story.split()), "words in total")
print(story[-80:])
