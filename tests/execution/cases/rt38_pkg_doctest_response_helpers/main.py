import doctest

import llm_utils

if __name__ == "__main__":
    for q in ["What is a doctest?", "Name a prime number."]:
        text, report = llm_utils.ask(q)
        print(f"{text} [{report}, ~{llm_utils.estimate_tokens(q)} est]")
    failed, attempted = doctest.testmod(llm_utils)
    print(f"doctests: {attempted - failed}/{attempted} passed")
