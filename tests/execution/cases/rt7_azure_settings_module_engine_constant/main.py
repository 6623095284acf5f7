import llm

if __name__ == "__main__":
    print(llm.summarize("The quarterly report shows revenue up 12 percent."))
