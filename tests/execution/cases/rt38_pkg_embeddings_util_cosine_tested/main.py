import io
import unittest

from search.index import Index

DOCS = ["How to reset my password", "Shipping takes 3-5 days", "Refunds within 30 days", "Password must be 8 characters"]

if __name__ == "__main__":
    index = Index(DOCS)
    for query in ["forgot password", "when will my order arrive"]:
        print(query, "->", index.search(query))
    result = unittest.TextTestRunner(stream=io.StringIO()).run(
        unittest.defaultTestLoader.discover("tests", top_level_dir="."))
    print("cosine tests:", "ok" if result.wasSuccessful() else "FAILED")
