import openai

from llmutils.calls import classify, embed

print("label:", classify("I love this keyboard"))
print("dims:", len(embed("keyboard")))
try:
    classify("", messages=[])
except openai.error.InvalidRequestError:
    print("rejected: empty conversation")
