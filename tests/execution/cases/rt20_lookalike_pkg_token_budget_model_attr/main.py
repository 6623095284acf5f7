from budget.counter import TokenBudget

doc = "lorem ipsum " * 1500
for budget in [TokenBudget(), TokenBudget("gpt-4"), TokenBudget(model="gpt-3.5-turbo-16k", reserve=1000)]:
    print(f"{budget.model:<18} limit={budget.limit:>6} tokens={budget.count(doc)} fits={budget.fits(doc)}")
