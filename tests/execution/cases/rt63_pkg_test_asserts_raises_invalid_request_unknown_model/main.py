import io
import unittest

from app.chat import ask

if __name__ == "__main__":
    suite = unittest.defaultTestLoader.loadTestsFromName("tests.test_chat")
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    for test, _ in result.failures + result.errors:
        print("FAILED", test.id().rsplit(".", 1)[-1])
    print(f"{result.testsRun - len(result.failures) - len(result.errors)}/{result.testsRun} passed")
    print(ask("What is the boiling point of water in Celsius?"))
