import search
import summarize

if __name__ == "__main__":
    summarize.main()
    search.main()
