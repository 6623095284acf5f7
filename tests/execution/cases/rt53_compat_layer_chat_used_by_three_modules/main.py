from llm_compat import ask
from summarize import summarize
from tagger import tags

ARTICLE = "The city council approved a new bike lane network covering downtown."

if __name__ == "__main__":
    print("summary:", summarize(ARTICLE))
    print("tags:", tags(ARTICLE))
    print("answer:", ask("Is cycling good exercise?"))
