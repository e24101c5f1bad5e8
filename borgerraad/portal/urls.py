"""The citizen portal: sign-in (MitID through an OIDC broker, or a one-time code by e-mail) and "Mine sager"."""

from django.urls import path

from borgerraad.portal import views, views_mitid
from borgerraad.portal.identity import MITID, MITID_ERHVERV

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    # Sign-in: MitID through the broker (views_mitid.py), or a one-time code by e-mail.
    path("log-ind/", views_mitid.sign_in, name="sign_in"),
    path("log-ind/mitid/", views_mitid.mitid_start, {"method": MITID}, name="mitid"),
    path("log-ind/mitid-erhverv/", views_mitid.mitid_start, {"method": MITID_ERHVERV}, name="mitid_erhverv"),
    path("log-ind/retur/", views_mitid.oidc_callback, name="oidc_callback"),
    path("log-ind/kode/", views.email_code, name="email_code"),
    path("log-ind/kode/ny/", views.email_code_restart, name="email_code_restart"),
    path("log-ud/", views.sign_out, name="sign_out"),
    # Mine sager.
    path("sag/<str:reference>/", views.case_detail, name="case"),
    path("sag/<str:reference>/breve/<int:letter_id>/", views.letter_pdf, name="letter"),
    path("sag/<str:reference>/bilag/<uuid:attachment_id>/", views.attachment, name="attachment"),
    path("sag/<str:reference>/besked/", views.message, name="message"),
    path("sag/<str:reference>/traek-tilbage/", views.withdraw, name="withdraw"),
    path("sag/<str:reference>/samtykke/", views.consent, name="consent"),
    path("sag/<str:reference>/tilfredshed/", views.survey, name="survey"),
]
