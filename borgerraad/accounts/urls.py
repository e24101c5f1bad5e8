from django.urls import path

from borgerraad.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.home, name="home"),
    path("log-ind/", views.login, name="login"),
    path("log-ind/kode/", views.verify, name="verify"),
    path("log-ind/opret-app/", views.enrol, name="enrol"),
    path("log-ud/", views.logout, name="logout"),
]
