from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from borgerraad.triage.models import TrainedModel


@admin.register(TrainedModel)
class TrainedModelAdmin(admin.ModelAdmin):
    """Read-only: a model is made by ``borgerraad triage_learn``, never edited by hand."""

    list_display = ["trained_at", "decisions", "examples", "cv_grounds", "cv_area"]
    fields = ["trained_at", "decisions", "examples", "cv_grounds", "cv_area", "features"]
    readonly_fields = fields

    @admin.display(description=_("antal ord og ordpar"))
    def features(self, obj: TrainedModel) -> int:
        return len(obj.weights.get("grounds", {}).get("weights", {}))

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
