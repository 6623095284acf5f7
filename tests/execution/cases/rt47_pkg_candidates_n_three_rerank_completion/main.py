from gen.generate import candidates
from gen.rerank import best

if __name__ == "__main__":
    cands = candidates("Write a slogan for a bakery that sells bread and cakes")
    for index, text, finish in cands:
        print(index, finish, text)
    print("best:", best(cands, ["bread", "cakes"]))
    short = candidates("Slogan for a bike shop with fast repairs", n=2, max_tokens=4)
    print(short)
