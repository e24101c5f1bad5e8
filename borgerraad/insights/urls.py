"""Insights: statistics, the annual beretning, recurring problems, suggestions and henstillinger."""

from django.urls import path

from borgerraad.insights import views_systemic

app_name = "insights"

urlpatterns: list = []

# Recurring problems (systemic issues) and the office's own investigations: views_systemic.py.
urlpatterns += [
    path("tilbagevendende/", views_systemic.flags, name="flags"),
    path("tilbagevendende/<int:pk>/", views_systemic.flag_detail, name="flag"),
    path("tilbagevendende/<int:pk>/afvis/", views_systemic.flag_dismiss, name="flag_dismiss"),
    path("tilbagevendende/undersoegelser/", views_systemic.investigations, name="investigations"),
    path("tilbagevendende/undersoegelser/ny/", views_systemic.investigation_create, name="investigation_create"),
    path("tilbagevendende/undersoegelser/<int:pk>/", views_systemic.investigation_detail, name="investigation"),
]
