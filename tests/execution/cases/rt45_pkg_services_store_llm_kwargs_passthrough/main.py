from textkit.llm import OpenAIChat
from textkit.services.summary import Summarizer
from textkit.services.tagger import Tagger

NOTE = "Quarterly planning moved to Zoom because half the team is travelling next week"
llm = OpenAIChat()
print(Summarizer(llm).run(NOTE))
print(Tagger(llm).tag(NOTE))
print("tokens:", llm.tokens)
