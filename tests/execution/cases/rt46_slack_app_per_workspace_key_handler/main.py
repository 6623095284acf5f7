from app import handle_app_mention

events = [
    {"team": "T-ACME", "user": "U1", "text": "<@UBOT> what is our refund window?"},
    {"team": "T-INITECH", "user": "U7", "text": "<@UBOT> summarize the TPS report rules"},
    {"team": "T-GLOBEX", "user": "U3", "text": "<@UBOT> translate 'hello' to Spanish"},
    {"team": "T-HOOLI", "user": "U9", "text": "<@UBOT> hi"},
    {"team": "T-ACME", "user": "U2", "text": "<@UBOT> and for digital goods?"},
]
for event in events:
    print(event["team"], "->", handle_app_mention(event))
