import ai

ai.configure()
vec = ai.embed("hello world")
print("dims:", len(vec), "first:", round(vec[0], 6))
print("chat:", ai.chat("Say something nice."))
