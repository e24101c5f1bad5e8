from django.urls import path

from borgerraad.letters import views, views_export

app_name = "letters"

urlpatterns = [
    path("sager/<str:reference>/breve/", views.letter_new, name="new"),
    path("sager/<str:reference>/breve/<int:letter_id>/", views.letter_detail, name="detail"),
    path("sager/<str:reference>/breve/<int:letter_id>/pdf/", views.letter_pdf_download, name="pdf"),
    path("sager/<str:reference>/breve/<int:letter_id>/endelig/", views.letter_finalise, name="finalise"),
    path("sager/<str:reference>/breve/<int:letter_id>/slet/", views.letter_discard, name="discard"),
    path("sager/<str:reference>/breve/<int:letter_id>/send/", views.letter_send, name="send"),
    path("sager/<str:reference>/breve/<int:letter_id>/forsendelse/<int:dispatch_id>/<str:action>/",
         views.dispatch_action, name="dispatch"),
    path("sager/<str:reference>/eksport/", views_export.case_export, name="case_export"),
    path("forsendelser/", views.dispatches, name="dispatches"),
    path("forsendelser/printkoersel/", views.print_run_download, name="print_run"),
    path("forsendelser/printkoersel/bekraeft/", views.print_run_confirm, name="print_run_confirm"),
]
