import io
import unittest

from app.llm import ask

if __name__ == "__main__":
    print(ask("Give me a haiku about unit tests."))
    result = unittest.TextTestRunner(stream=io.StringIO()).run(
        unittest.defaultTestLoader.loadTestsFromName("tests.test_config"))
    print(f"config tests: {result.testsRun} run, {len(result.failures)} failed")
