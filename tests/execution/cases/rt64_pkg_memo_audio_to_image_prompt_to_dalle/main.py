from pipeline import steps

steps.record("idea.wav", "un phare au coucher du soleil")
idea = steps.transcribe("idea.wav")
print("idea:", idea)
prompt = steps.image_prompt(idea)
print("prompt:", prompt)
print("bytes written:", steps.paint(prompt, "idea.png"))
