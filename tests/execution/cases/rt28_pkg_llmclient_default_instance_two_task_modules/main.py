from llm import client
from tasks.search import rank
from tasks.summarize import summarize

NOTES = [
    "The quarterly report shows revenue grew by eight percent while costs stayed flat across all regions.",
    "Our team migrated the billing service to the new database cluster over the weekend without downtime.",
]

for note in NOTES:
    print("-", summarize(note))
    print("-", summarize(note, words=4))

docs = ["billing database migration", "quarterly revenue report", "office party planning"]
print(rank("how did revenue change?", docs))
print("llm calls:", client.calls)
