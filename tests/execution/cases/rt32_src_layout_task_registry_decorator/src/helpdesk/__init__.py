from helpdesk.tasks import run_task

__all__ = ["run_task"]
