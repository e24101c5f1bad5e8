"""Insights: statistics, the annual beretning, recurring problems, suggestions and henstillinger."""

from django.urls import path

from borgerraad.insights import views_dashboard

app_name = "insights"

urlpatterns: list = []

# DASH: the dashboard, its CSV exports and engine versus staff.
urlpatterns += [
    path("", views_dashboard.dashboard, name="dashboard"),
    path("visitation/", views_dashboard.agreement, name="agreement"),
    path("csv/<slug:slug>/", views_dashboard.export_csv, name="export_csv"),
]
