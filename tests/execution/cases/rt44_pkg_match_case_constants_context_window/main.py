from docqa.answer import answer
from docqa.constants import GPT4

document = " ".join(f"w{i}" for i in range(200))
for text in (answer("Which word comes last?", document),
             answer("Which word comes last?", document, model=GPT4)):
    print(len(text.split()), text.split()[-6:])
