from writer.generator import ProductDescriptionGenerator

gen = ProductDescriptionGenerator()
for product in ["bamboo toothbrush", "solar lantern", "wool socks"]:
    print(f"{product}: {gen.generate(product)}")
