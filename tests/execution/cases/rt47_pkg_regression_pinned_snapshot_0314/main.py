from regress.check import run_checks

if __name__ == "__main__":
    passed, failures = run_checks()
    print("passed:", passed, "failures:", failures)
