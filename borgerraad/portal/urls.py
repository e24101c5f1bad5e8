"""The citizen portal: sign-in (MitID through an OIDC broker, or a one-time code by e-mail) and "Mine sager"."""

app_name = "portal"

urlpatterns: list = []
