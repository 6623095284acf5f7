from docgen.writer import docstring_for

FUNCTIONS = [
    "def area(r): return 3.14159 * r * r",
    "def slugify(title): return '-'.join(title.lower().split())",
]
for source in FUNCTIONS:
    text, reason = docstring_for(source)
    print(f"{text!r} ({reason})")
