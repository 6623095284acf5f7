from assistant import Assistant
from config import ProductionConfig, get_config

dev = Assistant(get_config())
print("dev:", dev.answer("How do I reset my password?"))
prod = Assistant(ProductionConfig)
print("prod:", prod.answer("How do I reset my password?"))
