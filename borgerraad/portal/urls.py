"""The citizen portal: sign-in (MitID through an OIDC broker, or a one-time code by e-mail) and "Mine sager"."""

from django.urls import path

from borgerraad.portal import views
from borgerraad.portal.identity import MITID, MITID_ERHVERV

app_name = "portal"

urlpatterns = [
    path("log-ind/", views.sign_in, name="sign_in"),
    path("log-ind/mitid/", views.mitid_start, {"method": MITID}, name="mitid"),
    path("log-ind/mitid-erhverv/", views.mitid_start, {"method": MITID_ERHVERV}, name="mitid_erhverv"),
    path("log-ind/retur/", views.oidc_callback, name="oidc_callback"),
    path("log-ud/", views.sign_out, name="sign_out"),
]
