import io
import sys
import unittest

from qa.answer import answer, text_of


def run_tests():
    suite = unittest.defaultTestLoader.loadTestsFromName("tests.test_answer")
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    for test, _ in result.failures + result.errors:
        print("FAILED", test.id().rsplit(".", 1)[-1])
    ok = result.testsRun - len(result.failures) - len(result.errors)
    print(f"tests: {ok}/{result.testsRun} passed")
    return result.wasSuccessful()


if __name__ == "__main__":
    if "--skip-tests" not in sys.argv:
        run_tests()
    print(text_of(answer("Who wrote it?", "The report was written by Ana.")))
