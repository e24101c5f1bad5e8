"""Insights: statistics, the annual beretning, recurring problems, suggestions and henstillinger."""

from django.urls import path

from borgerraad.insights import views_registers

app_name = "insights"

urlpatterns: list = []

# Registers: suggestions (forslag) and henstillinger with their follow-up (views_registers.py).
urlpatterns += [
    path("forslag/", views_registers.suggestion_list, name="suggestions"),
    path("forslag/csv/", views_registers.suggestion_export, name="suggestions_csv"),
    path("forslag/nyt/", views_registers.suggestion_new, name="suggestion_new"),
    path("forslag/<int:pk>/", views_registers.suggestion_detail, name="suggestion"),
    path("henstillinger/", views_registers.henstilling_list, name="henstillinger"),
    path("henstillinger/<int:pk>/", views_registers.henstilling_detail, name="henstilling"),
]
