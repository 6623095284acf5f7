from quickgpt.cli import main

main(["Give me a name for a grey cat that likes boxes"])
main(["--max-tokens", "3", "Tell me a very long story about dragons"])
