from safety import moderate

if __name__ == "__main__":
    for text in ["I love my cat", "I will kill the process and hurt nobody"]:
        result = moderate(text)
        print(text, "->", result["flagged"], result.categories["violence"])
        print("  violence score:", round(result.category_scores["violence"], 2))
