"""``{% failed_mail_count user as count %}``: how many e-mails could not be registered, for the staff
front page; None for users who may not see them (``failed_mail_policy``)."""

from django import template

from borgerraad.channels.email.policies import failed_mail_policy

register = template.Library()


@register.simple_tag
def failed_mail_count(user) -> int | None:
    if not failed_mail_policy.can(user, "view"):
        return None
    return failed_mail_policy.visible(user).count()
