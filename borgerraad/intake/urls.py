from django.urls import path

from borgerraad.intake import views

app_name = "intake"

urlpatterns = [
    path("", views.start, name="start"),
    path("start-forfra/", views.restart, name="restart"),
    path("trin/<int:number>/", views.step, name="step"),
    path("kvittering/", views.receipt, name="receipt"),
    path("bilag/<uuid:attachment_id>/", views.attachment_download, name="attachment"),
]
