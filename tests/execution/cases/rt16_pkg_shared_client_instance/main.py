from assistant import default_client
from assistant.tasks import answer_with_context, summarize

print(summarize("The quick brown fox jumps over the lazy dog"))
print(answer_with_context("Who jumps?", "a fox story"))
print(default_client.ask("Ping"))
