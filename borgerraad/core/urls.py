from django.urls import path

from borgerraad.core import views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("borgerrepraesentanter/", views.council, name="council"),
]
