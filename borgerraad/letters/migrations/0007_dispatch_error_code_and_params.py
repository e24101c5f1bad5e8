"""A failed dispatch keeps a code and its parameters instead of an English sentence (letters/dispatch/errors.py).

The sentences stored before are turned into their codes, so staff read them in their own language too;
one that is not recognised stays as it was and is shown as stored.
"""

import re

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

_FIXED = {
    "Department letters need secure internal mail; see the letter page.": "department_needs_secure_mail",
    "The mail server did not accept the message.": "smtp_refused",
    "The office has no municipality CVR number (sender in Digital Post).": "no_sender_cvr",
    "SF1601: the Digital Post message is not a MeMo Message.": "memo_invalid",
    "SF1601: the MeMo message has no sender CVR.": "memo_no_sender_cvr",
    "KOMBIT STS answered without a SAML token.": "sts_no_saml_token",
    "SF1601 AccessTokenService answered without an access token.": "no_access_token",
}
_PATTERNS = [
    (re.compile(r"SMTP: (?P<error>\w+)"), "smtp_unreachable"),
    (re.compile(r"SF1601: the client certificate \((?P<setting>\w+)\) cannot be read\."), "certificate_unreadable"),
    (re.compile(r"SF1601 is not configured: (?P<settings>.+) must be set\."), "not_configured"),
    (re.compile(r"SF1601 answered HTTP (?P<status>\d+) with Result false\."), "sf1601_result_false"),
    (re.compile(r"(?P<service>.+) not reachable \((?P<error>\w+)\)\."), "service_unreachable"),
    (re.compile(r"(?P<service>.+) answered HTTP (?P<status>\d+)\."), "service_http_status"),
    (re.compile(r"(?P<service>.+) answered without JSON\."), "service_no_json"),
    (re.compile(r"(?P<error>[A-Z]\w+)"), "unexpected"),  # an unforeseen exception: its class name was kept
]


def _code(text: str) -> tuple[str, dict] | None:
    if text in _FIXED:
        return _FIXED[text], {}
    for pattern, code in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            params = match.groupdict()
            if "settings" in params:
                params["settings"] = params["settings"].replace(" and ", ", ")
            return code, params
    return None


def sentences_to_codes(apps, schema_editor):
    Dispatch = apps.get_model("letters", "Dispatch")
    for dispatch in Dispatch.objects.exclude(last_error="").only("pk", "last_error"):
        found = _code(dispatch.last_error)
        if found:
            Dispatch.objects.filter(pk=dispatch.pk).update(last_error=found[0], last_error_params=found[1])


class Migration(migrations.Migration):

    dependencies = [
        ('letters', '0006_default_templates_signature_and_conclusion'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='dispatch',
            name='last_error_params',
            field=models.JSONField(blank=True, default=dict, verbose_name='fejlens detaljer'),
        ),
        migrations.AlterField(
            model_name='dispatch',
            name='created_at',
            field=models.DateTimeField(auto_now_add=True, verbose_name='oprettet'),
        ),
        migrations.AlterField(
            model_name='dispatch',
            name='created_by',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='oprettet af'),
        ),
        migrations.AlterField(
            model_name='dispatch',
            name='next_attempt_at',
            field=models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='næste forsøg'),
        ),
        migrations.RunPython(sentences_to_codes, migrations.RunPython.noop),
    ]
