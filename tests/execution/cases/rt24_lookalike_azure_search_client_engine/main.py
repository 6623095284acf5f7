from search import AzureSearchConfig, SuggestClient

config = AzureSearchConfig()
client = SuggestClient(config)
result = client.create(engine="gpt-35-turbo", prompt="Quarterly sales report for the north region")
print(config.api_type, config.api_version)
print(result["engine"], "->", result["choices"][0]["text"])
