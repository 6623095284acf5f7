from llm import ask
from tracker import UsageTracker

tracker = UsageTracker()
print(ask("What rhymes with orange?", on_done=tracker.record))
print(ask("What rhymes with purple?", on_done=tracker.record))
finishes = []
print(ask("What rhymes with silver?", on_done=lambda r: finishes.append(r.choices[0].finish_reason)))
print(tracker, finishes)
