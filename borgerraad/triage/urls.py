from django.urls import path

from borgerraad.triage import views

app_name = "triage"

urlpatterns = [
    path("", views.start, name="start"),
    path("svar/", views.answer, name="answer"),
    path("<slug:slug>/", views.step, name="step"),
]
