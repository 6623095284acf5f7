from evalkit.check import smoke_test
from evalkit.history import summary

print("baselines:")
print(summary())
print("smoke test:")
for answer in smoke_test():
    print(" ", answer)
