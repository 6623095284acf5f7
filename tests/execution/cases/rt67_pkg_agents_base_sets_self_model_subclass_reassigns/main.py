import os

import openai

from agents import Critic, Writer

openai.api_key = os.environ["OPENAI_API_KEY"]

writer, critic = Writer(), Critic()
draft = writer.run("Write a slogan for a bakery.")
print(f"{writer.name}: {draft}")
review = critic.run(f"Critique this slogan: {draft}")
print(f"{critic.name}: {review}")
print(f"{writer.name}: {writer.run('Shorter, please.')}")
print("turns:", len(writer.history) // 2, len(critic.history) // 2)
