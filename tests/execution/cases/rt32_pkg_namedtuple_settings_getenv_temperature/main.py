from app.config import load_settings
from app.llm import ask

settings = load_settings()
for q in ["Do you rent tandem bikes?", "Is a helmet included in the price?"]:
    print("Q:", q)
    print("A:", ask(settings, q))
short = settings._replace(max_tokens=4)
print("short:", ask(short, "Can I return the bike at another station?"))
