from gptcli.main import run

print(run(["Which planet is the largest?"]))
print(run(["Describe the ocean floor in great detail please", "--model", "gpt-4"]))
