from django.urls import path

from borgerraad.channels.email import views

app_name = "email_channel"

urlpatterns = [
    path("fejlet-post/", views.failed_mail_list, name="failed_mail"),
    path("fejlet-post/<int:pk>/eml/", views.failed_mail_download, name="failed_mail_download"),
]
