"""Bring the default letter templates up to date where the leader has not edited them.

- every letter is signed with the advisor's full name only when there is one (never a username),
  then the office's name;
- the conclusion letter names each point by what it is about (``punkt.emne``) instead of copying
  staff's description written about the citizen, and tells a guided point where and by when to
  complain, a forwarded one who answers.

A template whose body differs from the previous default was edited in the admin and is left alone.
"""

from django.db import migrations

# (kind, language) -> the body as 0002 loaded it.
PREVIOUS = {
    ('kvittering', 'da'): 'Kære {{ borger.navn }}\n\nTak for din henvendelse, som vi modtog {{ sag.modtaget }}. Den har fået referencenummeret {{ sag.reference }}. Skriv venligst nummeret, når du kontakter os om sagen.\n\n## Hvad sker der nu?\nVi læser din henvendelse og vurderer, hvordan vi bedst kan hjælpe dig. Vi vender tilbage, når vi ved mere. Vores mål er at være færdige senest {{ sag.frist }}.\n\nHar du spørgsmål, er du velkommen til at ringe på {{ kontor.telefon }}.\n\nVenlig hilsen\n\n{{ raadgiver.navn }}\n{{ kontor.navn }}',
    ('kvittering', 'en'): 'Dear {{ borger.navn }}\n\nThank you for contacting us. We received your enquiry on {{ sag.modtaget }}, and its reference number is {{ sag.reference }}. Please quote the number when you contact us about it.\n\n## What happens now?\nWe will read your enquiry and consider how we can best help you. We will be in touch when we know more. We aim to finish by {{ sag.frist }}.\n\nIf you have questions, you are welcome to call us on {{ kontor.telefon }}.\n\nKind regards\n\n{{ raadgiver.navn }}\n{{ kontor.navn }}',
    ('videresendelse', 'da'): 'Kære {{ borger.navn }}\n\nTak for din henvendelse. Vi har sendt din klage videre til {% for punkt in klagepunkter %}{% if punkt.kode == "forward" %}{{ punkt.enhed or punkt.forvaltning }}{% endif %}{% endfor %}, fordi enheden først skal have mulighed for at se på sagen selv.\n\nEnheden svarer dig direkte og sender os en kopi. Vi følger op på, at du har fået svar.\n\nEr du ikke tilfreds med svaret, er du velkommen til at kontakte os igen. Skriv referencenummeret {{ sag.reference }}.\n\nVenlig hilsen\n\n{{ raadgiver.navn }}\n{{ kontor.navn }}',
    ('videresendelse', 'en'): 'Dear {{ borger.navn }}\n\nThank you for contacting us. We have forwarded your complaint to {% for punkt in klagepunkter %}{% if punkt.kode == "forward" %}{{ punkt.enhed or punkt.forvaltning }}{% endif %}{% endfor %}, because the unit must first have the chance to look at the matter itself.\n\nThe unit will answer you directly and send us a copy. We will check that you receive an answer.\n\nIf you are not satisfied with the answer, you are welcome to contact us again. Please quote the reference number {{ sag.reference }}.\n\nKind regards\n\n{{ raadgiver.navn }}\n{{ kontor.navn }}',
    ('vejledning', 'da'): 'Kære {{ borger.navn }}\n\nTak for din henvendelse. Vi kan ikke behandle din klage, fordi den handler om en afgørelse, som du kan klage over til {{ klageinstans.navn }}.\n\n## Sådan klager du\n{{ klageinstans.saadan_klager_du }}\n\n- Klagefrist: {{ klageinstans.frist }}\n{% if klageinstans.adresse %}- Adresse: {{ klageinstans.adresse }}\n{% endif %}{% if klageinstans.hjemmeside %}- Hjemmeside: {{ klageinstans.hjemmeside }}\n{% endif %}\nHold øje med fristen. Har du brug for hjælp til at klage, er du velkommen til at ringe til os på {{ kontor.telefon }}.\n\nVenlig hilsen\n\n{{ raadgiver.navn }}\n{{ kontor.navn }}',
    ('vejledning', 'en'): 'Dear {{ borger.navn }}\n\nThank you for contacting us. We cannot handle your complaint, because it concerns a decision that you can appeal to {{ klageinstans.navn }}.\n\n## How to complain\n{{ klageinstans.saadan_klager_du }}\n\n- Time limit: {{ klageinstans.frist }}\n{% if klageinstans.adresse %}- Address: {{ klageinstans.adresse }}\n{% endif %}{% if klageinstans.hjemmeside %}- Website: {{ klageinstans.hjemmeside }}\n{% endif %}\nPlease keep an eye on the time limit. If you need help to complain, you are welcome to call us on {{ kontor.telefon }}.\n\nKind regards\n\n{{ raadgiver.navn }}\n{{ kontor.navn }}',
    ('hoering', 'da'): 'Til {{ hoering.forvaltning }}\n\n{{ kontor.navn }} behandler en klage fra en borger (vores sag {{ sag.reference }}). Vi beder om en udtalelse om sagen og om sagens akter.\n\n## Vores spørgsmål\n{{ hoering.spoergsmaal }}\n\nVi beder om jeres svar senest {{ hoering.frist }}. Svar via sikker post, og skriv vores referencenummer.\n\nVenlig hilsen\n\n{{ raadgiver.navn }}\n{{ kontor.navn }}',
    ('hoering', 'en'): 'To {{ hoering.forvaltning }}\n\n{{ kontor.navn }} is handling a complaint from a citizen (our case {{ sag.reference }}). We ask for your statement on the matter and for the case papers.\n\n## Our questions\n{{ hoering.spoergsmaal }}\n\nPlease answer by {{ hoering.frist }}. Answer by secure mail and quote our reference number.\n\nKind regards\n\n{{ raadgiver.navn }}\n{{ kontor.navn }}',
    ('rykker', 'da'): 'Til {{ hoering.forvaltning }}\n\nVi bad {{ hoering.sendt }} om jeres udtalelse i sag {{ sag.reference }} med svarfrist {{ hoering.frist }}. Vi har endnu ikke modtaget svar.\n\nVi beder jer svare hurtigst muligt via sikker post. Kan I ikke svare snart, så giv os besked om, hvornår vi kan forvente svaret.\n\nVenlig hilsen\n\n{{ raadgiver.navn }}\n{{ kontor.navn }}',
    ('rykker', 'en'): 'To {{ hoering.forvaltning }}\n\nOn {{ hoering.sendt }} we asked for your statement in case {{ sag.reference }}, with a deadline of {{ hoering.frist }}. We have not yet received an answer.\n\nPlease answer as soon as possible by secure mail. If you cannot answer soon, please tell us when we can expect your answer.\n\nKind regards\n\n{{ raadgiver.navn }}\n{{ kontor.navn }}',
    ('afslutning', 'da'): 'Kære {{ borger.navn }}\n\nVi har nu afsluttet behandlingen af din klage (sag {{ sag.reference }}). Her er vores vurdering af hvert punkt.\n\n{% for punkt in klagepunkter %}## Klagepunkt {{ punkt.nummer }}\n{{ punkt.beskrivelse }}\n\nResultat: {{ punkt.resultat or punkt.beslutning }}{% if punkt.grad %} – vi finder det {{ punkt.grad }}{% endif %}.\n{% if punkt.begrundelse %}{{ punkt.begrundelse }}\n{% endif %}\n{% endfor %}Vi har sendt vores vurdering til {{ forvaltning.navn or "forvaltningen" }}. Har vi givet en henstilling, følger vi op på, om den bliver fulgt.\n\nTak, fordi du gjorde os opmærksom på sagen. Dine erfaringer hjælper kommunen med at blive bedre.\n\nVenlig hilsen\n\n{{ raadgiver.navn }}\n{{ kontor.navn }}',
    ('afslutning', 'en'): 'Dear {{ borger.navn }}\n\nWe have now finished handling your complaint (case {{ sag.reference }}). Here is our assessment of each point.\n\n{% for punkt in klagepunkter %}## Point {{ punkt.nummer }}\n{{ punkt.beskrivelse }}\n\nOutcome: {{ punkt.resultat or punkt.beslutning }}{% if punkt.grad %} – we find it {{ punkt.grad }}{% endif %}.\n{% if punkt.begrundelse %}{{ punkt.begrundelse }}\n{% endif %}\n{% endfor %}We have sent our assessment to {{ forvaltning.navn or "the department" }}. Where we have made a recommendation, we will check that it is followed.\n\nThank you for bringing the matter to our attention. Your experience helps the municipality improve.\n\nKind regards\n\n{{ raadgiver.navn }}\n{{ kontor.navn }}',
    ('forslag', 'da'): 'Kære {{ borger.navn }}\n\nTak for dit forslag, som vi modtog {{ sag.modtaget }} (sag {{ sag.reference }}).\n\nVi har registreret forslaget og sendt det videre til {{ forvaltning.navn or "den relevante forvaltning" }}. Vi samler forslag og erfaringer fra borgerne og bruger dem i vores årlige beretning til kommunalbestyrelsen.\n\nDu hører ikke nødvendigvis mere fra os om forslaget, men det bliver brugt.\n\nVenlig hilsen\n\n{{ raadgiver.navn }}\n{{ kontor.navn }}',
    ('forslag', 'en'): 'Dear {{ borger.navn }}\n\nThank you for your suggestion, which we received on {{ sag.modtaget }} (case {{ sag.reference }}).\n\nWe have registered the suggestion and passed it on to {{ forvaltning.navn or "the department concerned" }}. We collect suggestions and experiences from citizens and use them in our annual report to the city council.\n\nYou may not hear more from us about the suggestion, but it will be used.\n\nKind regards\n\n{{ raadgiver.navn }}\n{{ kontor.navn }}',
}


def update(apps, schema_editor):
    from borgerraad.letters.defaults import TEMPLATES

    template_model = apps.get_model("letters", "LetterTemplate")
    for kind, language, _subject, body in TEMPLATES:
        template_model.objects.filter(kind=kind, language=language, body=PREVIOUS[(kind, language)]).update(body=body)


def restore(apps, schema_editor):
    from borgerraad.letters.defaults import TEMPLATES

    template_model = apps.get_model("letters", "LetterTemplate")
    for kind, language, _subject, body in TEMPLATES:
        template_model.objects.filter(kind=kind, language=language, body=body).update(body=PREVIOUS[(kind, language)])


class Migration(migrations.Migration):
    dependencies = [("letters", "0005_dispatch_confirmed_by")]

    operations = [migrations.RunPython(update, restore)]
