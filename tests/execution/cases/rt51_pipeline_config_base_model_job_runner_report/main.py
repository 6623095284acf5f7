import openai

from report import render
from runner import start

EXAMPLES = [("Printer on floor 3 is jammed", "hardware"),
            ("Cannot log in to VPN", "network"),
            ("Need a new license for Figma", "software")]

job = start(EXAMPLES)
print(render(job))
cancelled = openai.FineTuningJob.cancel(job["id"])
print("after cancel:", cancelled["status"])
