"""Insights: statistics, the annual beretning, recurring problems, suggestions and henstillinger."""

from django.urls import path

from borgerraad.insights import views_beretning, views_dashboard, views_registers, views_systemic

app_name = "insights"

urlpatterns: list = []

# DASH: the dashboard, its CSV exports and engine versus staff.
urlpatterns += [
    path("", views_dashboard.dashboard, name="dashboard"),
    path("visitation/", views_dashboard.agreement, name="agreement"),
    path("csv/<slug:slug>/", views_dashboard.export_csv, name="export_csv"),
    path("xlsx/<slug:slug>/", views_dashboard.export_xlsx, name="export_xlsx"),
]

# Recurring problems (systemic issues) and the office's own investigations: views_systemic.py.
urlpatterns += [
    path("tilbagevendende/", views_systemic.flags, name="flags"),
    path("tilbagevendende/<int:pk>/", views_systemic.flag_detail, name="flag"),
    path("tilbagevendende/<int:pk>/afvis/", views_systemic.flag_dismiss, name="flag_dismiss"),
    path("tilbagevendende/undersoegelser/", views_systemic.investigations, name="investigations"),
    path("tilbagevendende/undersoegelser/ny/", views_systemic.investigation_create, name="investigation_create"),
    path("tilbagevendende/undersoegelser/<int:pk>/", views_systemic.investigation_detail, name="investigation"),
]

# Registers: suggestions (forslag) and henstillinger with their follow-up (views_registers.py).
urlpatterns += [
    path("forslag/", views_registers.suggestion_list, name="suggestions"),
    path("forslag/csv/", views_registers.suggestion_export, name="suggestions_csv"),
    path("forslag/nyt/", views_registers.suggestion_new, name="suggestion_new"),
    path("forslag/<int:pk>/", views_registers.suggestion_detail, name="suggestion"),
    path("henstillinger/", views_registers.henstilling_list, name="henstillinger"),
    path("henstillinger/<int:pk>/", views_registers.henstilling_detail, name="henstilling"),
]

# The annual beretning: the leader's texts, preview and downloads (views_beretning.py).
urlpatterns += [
    path("beretning/", views_beretning.beretning_page, name="beretning"),
    path("beretning/vis/", views_beretning.beretning_preview, name="beretning_preview"),
    path("beretning/pdf/", views_beretning.beretning_pdf, name="beretning_pdf"),
    path("beretning/html/", views_beretning.beretning_html, name="beretning_html"),
    path("beretning/opdater/", views_beretning.beretning_refresh, name="beretning_refresh"),
]
