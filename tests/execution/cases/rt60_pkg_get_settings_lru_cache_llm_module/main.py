from app.llm import ask
from app.settings import get_settings

print("environment:", get_settings().environment)
for q in ["Can I return shoes after 30 days?", "Do you refund shipping?"]:
    print(ask(q))
