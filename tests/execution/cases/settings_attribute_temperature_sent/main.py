from bot import Bot
from config import CONFIG

print(Bot(CONFIG).answer("What is a haiku?"))
