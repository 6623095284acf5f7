import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

for text in ["I will hurt you", "have a nice day"]:
    response = openai.Moderation.create(input=text, model="text-moderation-stable")
    output = response.results[0]
    print(text, "->", "flagged" if output.flagged else "clean")
    print("  violence:", output.categories["violence"], output.category_scores["violence"])
    print("  violence/graphic:", output["categories"]["violence/graphic"])
    print("  self-harm:", output.categories["self-harm"])
    print("  hate/threatening score:", output.category_scores["hate/threatening"])
