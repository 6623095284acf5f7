import openai

from config import API_VERSION, AZURE_ENDPOINT, AZURE_KEY, DEPLOYMENT

openai.api_type = "azure"
openai.api_base = AZURE_ENDPOINT
openai.api_version = API_VERSION
openai.api_key = AZURE_KEY

print(f"deployment={DEPLOYMENT} api-version={API_VERSION}")
response = openai.ChatCompletion.create(
    engine=DEPLOYMENT, messages=[{"role": "user", "content": "Ready?"}]
)
print(response["choices"][0]["message"]["content"])
