from app.config import AppConfig
from app.factory import create_generator

config = AppConfig()
generator = create_generator(config)
for product in ["a solar phone charger", "a reusable coffee cup"]:
    for i, line in enumerate(generator.taglines(product), 1):
        print(f"{product} #{i}: {line}")
