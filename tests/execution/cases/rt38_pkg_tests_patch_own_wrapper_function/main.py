import io
import unittest

from app.tagger import tags_for

if __name__ == "__main__":
    print(tags_for("Unit tests, mocks, fixtures"))
    print(tags_for("Cooking, pasta"))
    suite = unittest.defaultTestLoader.loadTestsFromName("tests.test_tagger")
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    print("ok" if result.wasSuccessful() else "FAILED", result.testsRun)
