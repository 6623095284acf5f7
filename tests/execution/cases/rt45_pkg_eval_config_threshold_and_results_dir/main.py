from evals.history import table
from evals.runner import run

print("recorded runs:")
print(table())
print("this run:")
accuracy, passed = run()
print(f"accuracy {accuracy:.2f} -> {'PASS' if passed else 'FAIL'}")
