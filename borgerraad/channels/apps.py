from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChannelsConfig(AppConfig):
    name = "borgerraad.channels"
    label = "channels"
    verbose_name = _("Indgående kanaler")

    def ready(self):
        # What waits for staff shows on the start page after sign-in (accounts.start).
        from borgerraad.accounts.start import start_provider_register
        from borgerraad.channels.start import start_contribution

        start_provider_register(start_contribution)

        # Fejlet post on the start page (accounts.navigation).
        from borgerraad.accounts.navigation import staff_links_register
        from borgerraad.channels.navigation import staff_links

        staff_links_register(staff_links)

        # The council page (core) leads council members to their sign-in and the referral form (core.links).
        from borgerraad.channels.council.links import council_page_links
        from borgerraad.core.links import page_links_register

        page_links_register("council", council_page_links)

        # A council member signed in lands on their referrals, not the staff front page (accounts.navigation).
        from borgerraad.accounts.navigation import role_home_register
        from borgerraad.accounts.roles import Role
        from borgerraad.channels.council.links import council_members_home

        role_home_register(Role.BORGERREPRAESENTANT, council_members_home)
