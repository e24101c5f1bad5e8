"""The default letter templates (Danish and English), loaded by the data migration ``0002``
(and brought up to date by ``0006`` where the leader had not edited them).

Plain language: short sentences, the citizen addressed as "du", what happens next and when.
The leader edits them in the admin afterwards; docs/letters.md lists the merge fields.
"""

from __future__ import annotations

_KVITTERING_DA = """Kære {{ borger.navn }}

Tak for din henvendelse, som vi modtog {{ sag.modtaget }}. Den har fået referencenummeret {{ sag.reference }}. \
Skriv venligst nummeret, når du kontakter os om sagen.

## Hvad sker der nu?
Vi læser din henvendelse og vurderer, hvordan vi bedst kan hjælpe dig. Vi vender tilbage, når vi ved mere. \
Vores mål er at være færdige senest {{ sag.frist }}.

Har du spørgsmål, er du velkommen til at ringe på {{ kontor.telefon }}.

Venlig hilsen

{% if raadgiver.navn %}{{ raadgiver.navn }}
{% endif %}{{ kontor.navn }}"""

_KVITTERING_EN = """Dear {{ borger.navn }}

Thank you for contacting us. We received your enquiry on {{ sag.modtaget }}, and its reference number is \
{{ sag.reference }}. Please quote the number when you contact us about it.

## What happens now?
We will read your enquiry and consider how we can best help you. We will be in touch when we know more. \
We aim to finish by {{ sag.frist }}.

If you have questions, you are welcome to call us on {{ kontor.telefon }}.

Kind regards

{% if raadgiver.navn %}{{ raadgiver.navn }}
{% endif %}{{ kontor.navn }}"""

_VIDERESENDELSE_DA = """Kære {{ borger.navn }}

Tak for din henvendelse. Vi har sendt din klage videre til {% for punkt in klagepunkter %}\
{% if punkt.kode == "forward" %}{{ punkt.enhed or punkt.forvaltning }}{% endif %}{% endfor %}, \
fordi enheden først skal have mulighed for at se på sagen selv.

Enheden svarer dig direkte og sender os en kopi. Vi følger op på, at du har fået svar.

Er du ikke tilfreds med svaret, er du velkommen til at kontakte os igen. Skriv referencenummeret {{ sag.reference }}.

Venlig hilsen

{% if raadgiver.navn %}{{ raadgiver.navn }}
{% endif %}{{ kontor.navn }}"""

_VIDERESENDELSE_EN = """Dear {{ borger.navn }}

Thank you for contacting us. We have forwarded your complaint to {% for punkt in klagepunkter %}\
{% if punkt.kode == "forward" %}{{ punkt.enhed or punkt.forvaltning }}{% endif %}{% endfor %}, \
because the unit must first have the chance to look at the matter itself.

The unit will answer you directly and send us a copy. We will check that you receive an answer.

If you are not satisfied with the answer, you are welcome to contact us again. Please quote the reference \
number {{ sag.reference }}.

Kind regards

{% if raadgiver.navn %}{{ raadgiver.navn }}
{% endif %}{{ kontor.navn }}"""

_VEJLEDNING_DA = """Kære {{ borger.navn }}

Tak for din henvendelse. Vi kan ikke behandle din klage, fordi den handler om en afgørelse, som du kan klage over \
til {{ klageinstans.navn }}.

## Sådan klager du
{{ klageinstans.saadan_klager_du }}

- Klagefrist: {{ klageinstans.frist }}
{% if klageinstans.adresse %}- Adresse: {{ klageinstans.adresse }}
{% endif %}{% if klageinstans.hjemmeside %}- Hjemmeside: {{ klageinstans.hjemmeside }}
{% endif %}
Hold øje med fristen. Har du brug for hjælp til at klage, er du velkommen til at ringe til os på {{ kontor.telefon }}.

Venlig hilsen

{% if raadgiver.navn %}{{ raadgiver.navn }}
{% endif %}{{ kontor.navn }}"""

_VEJLEDNING_EN = """Dear {{ borger.navn }}

Thank you for contacting us. We cannot handle your complaint, because it concerns a decision that you can appeal \
to {{ klageinstans.navn }}.

## How to complain
{{ klageinstans.saadan_klager_du }}

- Time limit: {{ klageinstans.frist }}
{% if klageinstans.adresse %}- Address: {{ klageinstans.adresse }}
{% endif %}{% if klageinstans.hjemmeside %}- Website: {{ klageinstans.hjemmeside }}
{% endif %}
Please keep an eye on the time limit. If you need help to complain, you are welcome to call us on \
{{ kontor.telefon }}.

Kind regards

{% if raadgiver.navn %}{{ raadgiver.navn }}
{% endif %}{{ kontor.navn }}"""

_HOERING_DA = """Til {{ hoering.forvaltning }}

{{ kontor.navn }} behandler en klage fra en borger (vores sag {{ sag.reference }}). Vi beder om en udtalelse \
om sagen og om sagens akter.

## Vores spørgsmål
{{ hoering.spoergsmaal }}

Vi beder om jeres svar senest {{ hoering.frist }}. Svar via sikker post, og skriv vores referencenummer.

Venlig hilsen

{% if raadgiver.navn %}{{ raadgiver.navn }}
{% endif %}{{ kontor.navn }}"""

_HOERING_EN = """To {{ hoering.forvaltning }}

{{ kontor.navn }} is handling a complaint from a citizen (our case {{ sag.reference }}). We ask for your statement \
on the matter and for the case papers.

## Our questions
{{ hoering.spoergsmaal }}

Please answer by {{ hoering.frist }}. Answer by secure mail and quote our reference number.

Kind regards

{% if raadgiver.navn %}{{ raadgiver.navn }}
{% endif %}{{ kontor.navn }}"""

_RYKKER_DA = """Til {{ hoering.forvaltning }}

Vi bad {{ hoering.sendt }} om jeres udtalelse i sag {{ sag.reference }} med svarfrist {{ hoering.frist }}. \
Vi har endnu ikke modtaget svar.

Vi beder jer svare hurtigst muligt via sikker post. Kan I ikke svare snart, så giv os besked om, hvornår vi kan \
forvente svaret.

Venlig hilsen

{% if raadgiver.navn %}{{ raadgiver.navn }}
{% endif %}{{ kontor.navn }}"""

_RYKKER_EN = """To {{ hoering.forvaltning }}

On {{ hoering.sendt }} we asked for your statement in case {{ sag.reference }}, with a deadline of \
{{ hoering.frist }}. We have not yet received an answer.

Please answer as soon as possible by secure mail. If you cannot answer soon, please tell us when we can expect \
your answer.

Kind regards

{% if raadgiver.navn %}{{ raadgiver.navn }}
{% endif %}{{ kontor.navn }}"""

_AFSLUTNING_DA = """Kære {{ borger.navn }}

Vi har nu afsluttet behandlingen af din klage (sag {{ sag.reference }}). Her er vores vurdering af hvert punkt.

{% for punkt in klagepunkter %}## Klagepunkt {{ punkt.nummer }}: {{ punkt.emne }}
{% if punkt.kode == "guide" %}Det punkt kan vi ikke behandle. Du kan klage til {{ punkt.klageinstans.navn }}\
{% if punkt.klageinstans.frist %}, og klagefristen er {{ punkt.klageinstans.frist }}{% endif %}.
{% if punkt.klageinstans.saadan_klager_du %}{{ punkt.klageinstans.saadan_klager_du }}
{% endif %}{% if punkt.klageinstans.hjemmeside %}Læs mere på {{ punkt.klageinstans.hjemmeside }}.
{% endif %}{% elif punkt.kode == "forward" %}Vi har sendt det punkt til {{ punkt.enhed or punkt.forvaltning }}, \
som svarer dig direkte. Vi følger op på, at du får svar.
{% else %}Resultat: {{ punkt.resultat or punkt.beslutning }}{% if punkt.grad %} – vi finder det {{ punkt.grad }}\
{% endif %}.
{% if punkt.begrundelse %}{{ punkt.begrundelse }}
{% endif %}{% endif %}
{% endfor %}Vi har sendt vores vurdering til {{ forvaltning.navn or "forvaltningen" }}. Har vi givet en henstilling, \
følger vi op på, om den bliver fulgt.

Tak, fordi du gjorde os opmærksom på sagen. Dine erfaringer hjælper kommunen med at blive bedre.

Venlig hilsen

{% if raadgiver.navn %}{{ raadgiver.navn }}
{% endif %}{{ kontor.navn }}"""

_AFSLUTNING_EN = """Dear {{ borger.navn }}

We have now finished handling your complaint (case {{ sag.reference }}). Here is our assessment of each point.

{% for punkt in klagepunkter %}## Point {{ punkt.nummer }}: {{ punkt.emne }}
{% if punkt.kode == "guide" %}We cannot handle this point. You can complain to {{ punkt.klageinstans.navn }}\
{% if punkt.klageinstans.frist %}, and the time limit is {{ punkt.klageinstans.frist }}{% endif %}.
{% if punkt.klageinstans.saadan_klager_du %}{{ punkt.klageinstans.saadan_klager_du }}
{% endif %}{% if punkt.klageinstans.hjemmeside %}Read more at {{ punkt.klageinstans.hjemmeside }}.
{% endif %}{% elif punkt.kode == "forward" %}We have sent this point to {{ punkt.enhed or punkt.forvaltning }}, \
who will answer you directly. We will check that you get an answer.
{% else %}Outcome: {{ punkt.resultat or punkt.beslutning }}{% if punkt.grad %} – we find it {{ punkt.grad }}\
{% endif %}.
{% if punkt.begrundelse %}{{ punkt.begrundelse }}
{% endif %}{% endif %}
{% endfor %}We have sent our assessment to {{ forvaltning.navn or "the department" }}. Where we have made a \
recommendation, we will check that it is followed.

Thank you for bringing the matter to our attention. Your experience helps the municipality improve.

Kind regards

{% if raadgiver.navn %}{{ raadgiver.navn }}
{% endif %}{{ kontor.navn }}"""

_FORSLAG_DA = """Kære {{ borger.navn }}

Tak for dit forslag, som vi modtog {{ sag.modtaget }} (sag {{ sag.reference }}).

Vi har registreret forslaget og sendt det videre til {{ forvaltning.navn or "den relevante forvaltning" }}. \
Vi samler forslag og erfaringer fra borgerne og bruger dem i vores årlige beretning til \
kommunalbestyrelsen.

Du hører ikke nødvendigvis mere fra os om forslaget, men det bliver brugt.

Venlig hilsen

{% if raadgiver.navn %}{{ raadgiver.navn }}
{% endif %}{{ kontor.navn }}"""

_FORSLAG_EN = """Dear {{ borger.navn }}

Thank you for your suggestion, which we received on {{ sag.modtaget }} (case {{ sag.reference }}).

We have registered the suggestion and passed it on to {{ forvaltning.navn or "the department concerned" }}. \
We collect suggestions and experiences from citizens and use them in our annual report to the city council.

You may not hear more from us about the suggestion, but it will be used.

Kind regards

{% if raadgiver.navn %}{{ raadgiver.navn }}
{% endif %}{{ kontor.navn }}"""

# (kind, language, subject, body)
TEMPLATES: list[tuple[str, str, str, str]] = [
    ("kvittering", "da", "Vi har modtaget din henvendelse – sag {{ sag.reference }}", _KVITTERING_DA),
    ("kvittering", "en", "We have received your enquiry – case {{ sag.reference }}", _KVITTERING_EN),
    ("videresendelse", "da", "Din klage er sendt videre – sag {{ sag.reference }}", _VIDERESENDELSE_DA),
    ("videresendelse", "en", "Your complaint has been forwarded – case {{ sag.reference }}", _VIDERESENDELSE_EN),
    ("vejledning", "da", "Sådan klager du til {{ klageinstans.navn }} – sag {{ sag.reference }}", _VEJLEDNING_DA),
    ("vejledning", "en", "How to complain to {{ klageinstans.navn }} – case {{ sag.reference }}", _VEJLEDNING_EN),
    ("hoering", "da", "Anmodning om udtalelse – sag {{ sag.reference }}", _HOERING_DA),
    ("hoering", "en", "Request for a statement – case {{ sag.reference }}", _HOERING_EN),
    ("rykker", "da", "Rykker: udtalelse i sag {{ sag.reference }}", _RYKKER_DA),
    ("rykker", "en", "Reminder: statement in case {{ sag.reference }}", _RYKKER_EN),
    ("afslutning", "da", "Afslutning af din klage – sag {{ sag.reference }}", _AFSLUTNING_DA),
    ("afslutning", "en", "Conclusion of your complaint – case {{ sag.reference }}", _AFSLUTNING_EN),
    ("forslag", "da", "Tak for dit forslag – sag {{ sag.reference }}", _FORSLAG_DA),
    ("forslag", "en", "Thank you for your suggestion – case {{ sag.reference }}", _FORSLAG_EN),
]


def letter_templates_load_defaults(*, apps=None, overwrite: bool = False) -> int:
    """Create the default templates that do not exist (all of them with ``overwrite``); returns how many."""
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    model = apps.get_model("letters", "LetterTemplate")
    count = 0
    for kind, language, subject, body in TEMPLATES:
        if overwrite:
            model.objects.update_or_create(kind=kind, language=language, defaults={"subject": subject, "body": body})
            count += 1
        elif not model.objects.filter(kind=kind, language=language).exists():
            model.objects.create(kind=kind, language=language, subject=subject, body=body)
            count += 1
    return count
