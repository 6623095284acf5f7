ARITHMETIC = [
    ("What is 3 + 4? 7", "7"),
    ("What is 6 * 7? 42", "42"),
]
CAPITALS = [
    ("Capital of Japan? Tokyo", "Tokyo"),
    ("Capital of Canada? Toronto", "Ottawa"),
]
TASKS = {"arithmetic": ARITHMETIC, "capitals": CAPITALS}
