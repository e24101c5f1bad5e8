"""``borgerraad worker``: run the background worker of the configured tasks backend.

Database backend (default): ``db_worker``. RQ: ``rqworker <queues> --job-class django_tasks_rq.Job``
(without the job class every task fails with "'Task' object is not callable"; STACK-NOTES).
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Run the background worker for the configured tasks backend (database or RQ)."

    def add_arguments(self, parser):
        parser.add_argument("--queue", action="append", dest="queues", help="Queue to work (repeatable).")
        parser.add_argument("--batch", action="store_true", help="Work off what is queued, then exit.")

    def handle(self, *args, **options):
        backend = settings.TASKS["default"]["BACKEND"]
        queues = options["queues"] or list(settings.TASKS["default"].get("QUEUES", ["default"]))
        if backend.startswith("django_tasks_db."):
            # Never under the autoreloader (its default in development): a stopped worker must leave no
            # child process working on behind it (make run's Ctrl+C, a killed worker).
            extra = {"batch": True, "startup_delay": False} if options["batch"] else {}
            call_command("db_worker", queue_name=",".join(queues), reload=False, **extra)
        elif backend.startswith("django_tasks_rq."):
            call_command("rqworker", *queues, job_class="django_tasks_rq.Job", burst=options["batch"])
        else:
            raise CommandError(f"The tasks backend {backend} runs tasks without a worker.")
