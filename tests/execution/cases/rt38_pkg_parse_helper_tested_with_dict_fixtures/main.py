import io
import unittest

from app.llm import ask

if __name__ == "__main__":
    for question, limit in [("What is the capital of France?", 50), ("Tell me a very long story about a dragon and a knight.", 4)]:
        text, tokens = ask(question, max_tokens=limit)
        print(f"{text} ({tokens} tokens)")
    suite = unittest.defaultTestLoader.discover("tests", top_level_dir=".")
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    print(f"{result.testsRun} tests, {len(result.failures) + len(result.errors)} failed")
