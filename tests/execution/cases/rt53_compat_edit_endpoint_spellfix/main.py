from llm_compat import chat, fix_spelling

if __name__ == "__main__":
    print(chat("Suggest a name for a bakery."))
    print(fix_spelling("Wat day of the wek is it?"))
