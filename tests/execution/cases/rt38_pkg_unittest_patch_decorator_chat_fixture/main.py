"""commitgen: suggest commit messages; `python main.py` runs a demo and the unit tests."""
import io
import unittest

from app import llm


def run_tests():
    suite = unittest.defaultTestLoader.loadTestsFromName("tests.test_llm")
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    passed = result.testsRun - len(result.failures) - len(result.errors)
    print(f"unit tests: {passed}/{result.testsRun} passed")


if __name__ == "__main__":
    print(llm.commit_message("- print('helo')\n+ print('hello')"))
    run_tests()
