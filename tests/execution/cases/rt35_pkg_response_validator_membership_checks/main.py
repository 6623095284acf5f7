from client import request
from validate import extract

for p in ["Say hi.", "Count to three."]:
    text, tokens = extract(request(p))
    print(repr(text), tokens)
