"""The demo: checks, then the commands the README shows."""
from askcli.checks import check_defaults
from askcli.cli import run

print(check_defaults())
run(["--model", "gpt-4", "Explain a race condition to a new engineer."])
run(["What does HTTP 418 mean?"])
