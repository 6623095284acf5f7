from index import VectorIndex

if __name__ == "__main__":
    idx = VectorIndex()
    idx.add_all(["apples are red", "the sky is blue", "grass is green"])
    print(len(idx.items), "documents,", len(idx.items[0][1]), "dimensions")
    print(idx.search("what colour is the sky?", k=2))
