CASES = [
    ("Repeat the word banana", "banana"),
    ("Say the colour of the clear sky: blue", "blue"),
    ("What is two plus two? Answer four", "four"),
    ("Spell the number seven as a long word list of many many other words then seven", "seven"),
]
