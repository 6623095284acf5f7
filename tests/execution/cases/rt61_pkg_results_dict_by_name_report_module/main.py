from pipeline import report
from pipeline.runner import run_all

results = run_all()
print(report.render(results))
print("total:", report.total_tokens(results))
