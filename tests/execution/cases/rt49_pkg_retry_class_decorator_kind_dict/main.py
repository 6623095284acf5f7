import openai

from bot.errors import describe
from bot.llm import answer
from bot.retry import LOG

print(answer("Capital of Peru?"))
print(answer("Prove the four colour theorem [slow]"))
try:
    answer.__wrapped__("Give up quickly [slow]", attempt=1)
except openai.error.Timeout as exc:
    print("gave up:", describe(exc))
for line in LOG:
    print("log:", line)
