import io
import unittest

from quiz import generate

def run_tests(name):
    suite = unittest.defaultTestLoader.loadTestsFromName(name)
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    for test, _ in result.failures + result.errors:
        print("FAILED", test.id().rsplit(".", 1)[-1])
    print(f"{name}: {result.testsRun - len(result.failures) - len(result.errors)}/{result.testsRun} passed")


if __name__ == "__main__":
    run_tests("tests.test_prompts")
    for q in generate.questions("the solar system"):
        print("Q:", q)
