from art import render
from settings import IMAGE_SIZE

images = render("a watercolor map of an imaginary island")
print(f"{len(images)} images at {IMAGE_SIZE}, all PNG: {all(i.startswith(b'PNG', 1) for i in images)}")
