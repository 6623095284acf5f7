from jobs import rewrite
from retry import ATTEMPTS

if __name__ == "__main__":
    print(rewrite("we shipped the release", "formal"))
    print(rewrite("", "formal"))
    print(len(ATTEMPTS), sorted(set(ATTEMPTS)))
