from endpoints import ChatEndpoint, CompletionEndpoint

for endpoint in (ChatEndpoint("gpt-3.5-turbo"), CompletionEndpoint("text-davinci-003", max_tokens=4)):
    print(endpoint.run("Describe the color blue to someone who cannot see"))
