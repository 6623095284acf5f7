from docqa.engine import QAEngine
from docqa.settings import Settings

DOCS = [
    "The library opens at nine on weekdays.",
    "Parking is free after six in the evening.",
    "The cafe serves soup on Mondays.",
]

strict = QAEngine(Settings(chat_model="gpt-4", top_k=1), DOCS)
print(strict.answer("Is parking free?"))
engine = QAEngine(Settings(), DOCS)
print(engine.answer("When does the library open?"))
