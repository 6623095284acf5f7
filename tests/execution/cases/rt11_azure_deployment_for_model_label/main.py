"""Pick a deployment by the model name the user asked for (the UI shows model names)."""
import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

DEPLOYMENT_FOR_MODEL = {
    "gpt-3.5-turbo": "chat",
    "gpt-4": "gpt4",
}


def run(model_label, prompt):
    deployment = DEPLOYMENT_FOR_MODEL[model_label]
    response = openai.ChatCompletion.create(
        engine=deployment,
        messages=[{"role": "user", "content": prompt}],
    )
    return f"[{model_label} via {deployment}] {response['choices'][0]['message']['content']}"


if __name__ == "__main__":
    for label in ("gpt-3.5-turbo", "gpt-4"):
        print(run(label, "Write a haiku about rain"))
