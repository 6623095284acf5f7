"""Drafts go to OpenAI (module defaults); reviews go to the team's Azure GPT-4 deployment with an
Azure AD token passed per call, so the module settings stay OpenAI's."""
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

AZURE = {
    "api_type": "azure_ad",
    "api_base": os.environ["AZURE_OPENAI_ENDPOINT"],
    "api_version": "2023-06-01-preview",
}


def ad_token():
    return os.environ["AZURE_OPENAI_API_KEY"]  # in production: DefaultAzureCredential().get_token


def draft(topic):
    r = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Draft a tweet about {topic}"}],
        max_tokens=30,
    )
    return r["choices"][0]["message"]["content"]


def review(text):
    r = openai.ChatCompletion.create(
        deployment_id="gpt4",
        api_type=AZURE["api_type"],
        api_base=AZURE["api_base"],
        api_version=AZURE["api_version"],
        api_key=ad_token(),
        messages=[
            {"role": "system", "content": "Review the draft for tone."},
            {"role": "user", "content": text},
        ],
    )
    return r["choices"][0]["message"]["content"], r["model"]


for topic in ["solar panels", "remote work"]:
    text = draft(topic)
    print("draft:", text)
    verdict, _ = review(text)
    print("review:", verdict)
