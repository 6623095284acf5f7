import json

from service import support_reply

for ticket in ["My order #123 has not arrived", "How do I reset my password?"]:
    print(json.dumps(support_reply(ticket), sort_keys=True))
