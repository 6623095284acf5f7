EXAMPLES = [
    {"question": "What is 2 + 2?", "expected": "2 + 2"},
    {"question": "Name a primary colour.", "expected": "colour"},
    {"question": "Spell 'cat' backwards.", "expected": "dog"},
]
