import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from helpdesk import run_task  # noqa: E402

ticket = "I was charged twice for my subscription this month."
print("category:", run_task("classify", ticket))
print("reply:", run_task("reply", ticket))
