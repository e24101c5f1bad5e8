from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "borgerraad.core"
    label = "core"
    verbose_name = _("Opsætning af kommunen")

    def ready(self) -> None:
        from django.core.signals import request_finished, request_started
        from django.db.models.signals import post_delete, post_save

        from borgerraad.core import selectors
        from borgerraad.core.models import ClosingDay, Office, OpeningHours

        request_started.connect(selectors.office_request_begin, dispatch_uid="core.office_request_begin")
        request_finished.connect(selectors.office_request_end, dispatch_uid="core.office_request_end")
        for model in (Office, OpeningHours, ClosingDay):
            for signal in (post_save, post_delete):
                signal.connect(
                    selectors.office_memo_clear, sender=model, dispatch_uid=f"core.office_memo.{model.__name__}",
                )
