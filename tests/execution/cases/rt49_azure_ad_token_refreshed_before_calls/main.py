"""Batch classifier on Azure OpenAI with Azure AD auth: the token is refreshed when it expires."""
import json
import os
import time

import openai

openai.api_type = "azure_ad"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"

_token = {"value": None, "expires_on": 0.0}
refreshes = []


def fetch_token():
    # what `az account get-access-token --resource https://cognitiveservices.azure.com` prints
    raw = json.dumps({"accessToken": os.environ["AZURE_OPENAI_API_KEY"],
                      "expiresOn": time.time() + 3600})
    data = json.loads(raw)
    return data["accessToken"], data["expiresOn"]


def ensure_token():
    if _token["value"] is None or time.time() > _token["expires_on"] - 300:
        _token["value"], _token["expires_on"] = fetch_token()
        openai.api_key = _token["value"]
        refreshes.append("refreshed")


def classify(ticket):
    ensure_token()
    response = openai.ChatCompletion.create(
        engine="chat",
        messages=[
            {"role": "system", "content": "Label the ticket: billing, bug or other."},
            {"role": "user", "content": ticket},
        ],
        max_tokens=20,
    )
    choice = response["choices"][0]
    return choice["message"]["content"], response["usage"]["total_tokens"]


for ticket in ["I was charged twice", "The app crashes on start", "Hello there"]:
    label, tokens = classify(ticket)
    print(f"{label} [{tokens} tokens]")
print("token refreshes:", len(refreshes))
