from assistant.service import AssistantService

service = AssistantService()
print(service.summarize("The meeting moved to Thursday because the room was double booked."))
print(service.chat("What should I bring to a picnic?"))
print(f"{service.similarity('apples and pears', 'pears and apples'):.4f}")
