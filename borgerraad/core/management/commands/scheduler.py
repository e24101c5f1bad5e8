"""``borgerraad scheduler``: run the periodic jobs (``core/scheduler.py``) until stopped."""

from django.core.management.base import BaseCommand, CommandError

from borgerraad.core.scheduler import job_run, jobs_selected, scheduler_build


class Command(BaseCommand):
    help = "Run the periodic jobs (mailbox, Digital Post, letter retries, reminders, draft clean-up) until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run each job once now, then exit.")
        parser.add_argument("--only", action="append", metavar="JOB", help="Run only this job (repeatable).")
        parser.add_argument("--skip", action="append", metavar="JOB", help="Leave this job out (repeatable).")

    def handle(self, *args, **options):
        try:
            jobs = jobs_selected(only=options["only"], skip=options["skip"])
        except ValueError as error:
            raise CommandError(str(error)) from error
        if options["once"]:
            failed = [job.command for job in jobs if not job_run(job.command)]
            if failed:
                raise CommandError(f"Failed: {', '.join(failed)} (see the log).")
            return
        from apscheduler.schedulers.blocking import BlockingScheduler

        for job in jobs:
            self.stdout.write(f"{job.command}: every {job.seconds} s ({job.why})")
        scheduler = scheduler_build(BlockingScheduler(), jobs)
        try:
            scheduler.start()
        except (KeyboardInterrupt, SystemExit):
            scheduler.shutdown(wait=False)
