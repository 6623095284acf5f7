from pipeline.constants import TASK_MODELS
from pipeline.tasks import run_task

text = ("Local volunteers planted three hundred trees along the river on Saturday, "
        "doubling the shade on the footpath before the summer heat arrives.")
for task in TASK_MODELS:
    print(f"{task}: {run_task(task, text)}")
