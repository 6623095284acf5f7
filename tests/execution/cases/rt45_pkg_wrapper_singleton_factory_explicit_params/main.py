from app import headline, summary, teaser
from llm import get_llm

STORY = "The old mill on River Road reopens as a bakery after ten years of standing empty"
print(headline(STORY))
print(summary(STORY))
print(teaser(STORY))
print("calls:", get_llm().calls)
