"""A real OpenID Connect provider for the tests: django-oauth-toolkit's OIDC support in a Django project of
its own, run in a subprocess on a free loopback port (``provider.py`` starts it).

It plays the municipality's MitID broker: RS256 ID tokens with the CPR (or CVR) claim of the signed-in test
user, PKCE required. A mode file lets a test make it misbehave the way a forged or replayed answer would
look to the portal: a wrong nonce, an expired ID token, claims changed after signing.
"""
