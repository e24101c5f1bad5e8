"""The municipality's configuration: the office, its hours, departments and complaint bodies.

Everything a municipality changes is data here, edited in the admin; Copenhagen's values are
loaded by the data migration ``0002_copenhagen_defaults`` (from ``core/defaults.py``).
"""

from __future__ import annotations

from pathlib import PurePath

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from borgerraad.core.files import stored_file_name

_LOGO_EXTENSIONS = (".png", ".jpg", ".jpeg", ".svg")  # the admin checks the content (core.logo)


def _logo_upload_to(instance: Office, filename: str) -> str:
    """The logo under a random name (``core.files``) with its extension, never the name it came with."""
    extension = PurePath(filename).suffix.lower()
    return stored_file_name("letterhead", extension if extension in _LOGO_EXTENSIONS else "")


def _english() -> bool:
    return (get_language() or "da").startswith("en")


class LocalisedTexts:
    """Texts kept in Danish (``field``) and English (``field_en``): the English one when the page is
    English and it is filled in, otherwise the Danish one (a municipality may leave English empty)."""

    def local(self, field: str) -> str:
        english = getattr(self, f"{field}_en", "") if _english() else ""
        return english or getattr(self, field)


class Channel(models.TextChoices):
    """Contact channels with opening hours. The others (form, letter, Digital Post, e-mail) are always open."""

    PHONE = "phone", _("Telefon")
    IN_PERSON = "in_person", _("Personligt fremmøde")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("mandag")
    TUESDAY = 1, _("tirsdag")
    WEDNESDAY = 2, _("onsdag")
    THURSDAY = 3, _("torsdag")
    FRIDAY = 4, _("fredag")
    SATURDAY = 5, _("lørdag")
    SUNDAY = 6, _("søndag")


class Office(models.Model):
    """The Borgerrådgiver's office. One row per installation (the admin allows no second)."""

    name = models.CharField(_("navn"), max_length=200, default="Borgerrådgiveren")
    municipality = models.CharField(_("kommune"), max_length=200)
    street = models.CharField(_("adresse"), max_length=200)
    postcode = models.CharField(_("postnummer"), max_length=10)
    city = models.CharField(_("by"), max_length=100)
    phone = models.CharField(_("telefon"), max_length=30)
    email = models.EmailField(_("e-mail"))
    web_form_url = models.CharField(
        _("adresse på klageblanketten"), max_length=300, default="/klag/",
        help_text=_("En sti i systemet (/klag/) eller en fuld adresse på kommunens hjemmeside."),
    )
    council_name = models.CharField(
        _("kommunalbestyrelsens navn"), max_length=200, default="Borgerrepræsentationen",
        help_text=_("Fx Borgerrepræsentationen i København, ellers Kommunalbestyrelsen eller Byrådet."),
    )
    council_mailbox_name = models.CharField(
        _("politikernes sikre postkasse"), max_length=100, default="BR-mail",
        help_text=_("Det, politikerne kalder deres sikre mail fra kommunen, fx BR-mail."),
    )
    accessibility_statement_url = models.URLField(
        _("tilgængelighedserklæring"), blank=True,
        help_text=_("Adressen på sitets tilgængelighedserklæring (krav for offentlige websteder)."),
    )
    digital_post_recipient = models.CharField(_("modtager i Digital Post"), max_length=200)
    digital_post_category = models.CharField(_("kategori i Digital Post"), max_length=200, default="Borgerrådgiver")
    by_appointment = models.BooleanField(
        _("møder efter aftale uden for åbningstid"), default=True,
    )
    acknowledgement_working_days = models.PositiveSmallIntegerField(
        _("svar på skriftlige henvendelser inden (hverdage)"), default=10,
        help_text=_("Servicemålet for kvittering for skriftlige henvendelser."),
    )
    complaint_time_limit_days = models.PositiveSmallIntegerField(
        _("klagefrist (dage)"), default=365,
        help_text=_("Klager bør som udgangspunkt komme inden for et år efter det, der klages over."),
    )
    hoering_weeks = models.PositiveSmallIntegerField(
        _("svarfrist for høring (uger)"), default=6,
        help_text=_("Standardfristen for forvaltningens udtalelse; falder den på en fridag, er fristen næste hverdag."),
    )
    hoering_reminder_working_days = models.PositiveSmallIntegerField(
        _("påmindelse før høringsfristen (hverdage)"), default=5,
    )
    hoering_escalation_working_days = models.PositiveSmallIntegerField(
        _("rykker efter høringsfristen (hverdage)"), default=1,
    )
    case_target_working_days = models.PositiveSmallIntegerField(
        _("egen frist for sagsbehandling (hverdage)"), default=60,
        help_text=_("Borgerrådgiverens eget mål for, hvornår en sag er afsluttet; pauser lægges til."),
    )
    forward_follow_up_working_days = models.PositiveSmallIntegerField(
        _("opfølgning på videresendte klager (hverdage)"), default=20,
    )
    henstilling_follow_up_working_days = models.PositiveSmallIntegerField(
        _("opfølgning på henstillinger (hverdage)"), default=60,
    )
    due_soon_working_days = models.PositiveSmallIntegerField(
        _("frister vises som snart (hverdage før)"), default=5,
    )
    letterhead = models.TextField(
        _("brevhoved"), blank=True,
        help_text=_("Tekst øverst på hvert brev under kontorets navn, fx forvaltning og kontaktoplysninger."),
    )
    letterhead_logo = models.FileField(
        _("logo på breve"), upload_to=_logo_upload_to, blank=True,
        help_text=_("PNG, JPEG eller SVG, højst 2 MB; vises øverst til højre på hvert brev."),
    )
    municipality_cvr = models.CharField(
        _("kommunens CVR-nummer"), max_length=8, blank=True,
        help_text=_("Afsender af breve i Digital Post."),
    )
    email_pdf_allowed = models.BooleanField(
        _("breve må vedhæftes e-mails"), default=False,
        help_text=_(
            "E-mail er ikke sikker. Slås det til, sendes brevet som PDF med e-mailen; ellers får borgeren "
            "kun besked om, at der er et brev, og brevet sendes med Digital Post eller fysisk post."
        ),
    )
    internal_mail_domains = models.CharField(
        _("kommunens interne maildomæner"), max_length=300, blank=True,
        help_text=_(
            "Fx “kk.dk”, flere adskilt af komma. Post til forvaltningernes postkasser i disse domæner går i "
            "kommunens eget, sikre mailsystem, så høringsbreve og rykkere sendes som PDF med e-mailen."
        ),
    )

    class Meta:
        verbose_name = _("kontor")
        verbose_name_plural = _("kontor")

    def __str__(self) -> str:
        return f"{self.name}, {self.municipality}"

    @property
    def address_line(self) -> str:
        return f"{self.street}, {self.postcode} {self.city}"

    def is_internal_mail(self, address: str) -> bool:
        """Whether ``address`` is in one of the municipality's own mail domains (secure internal mail)."""
        domains = {d.strip().lower().lstrip("@") for d in self.internal_mail_domains.split(",") if d.strip()}
        return bool(address) and address.rpartition("@")[2].strip().lower() in domains


class OpeningHours(models.Model):
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="opening_hours")
    channel = models.CharField(_("kanal"), max_length=20, choices=Channel.choices)
    weekday = models.PositiveSmallIntegerField(_("ugedag"), choices=Weekday.choices)
    opens = models.TimeField(_("åbner"))
    closes = models.TimeField(_("lukker"))

    class Meta:
        verbose_name = _("åbningstid")
        verbose_name_plural = _("åbningstider")
        ordering = ["channel", "weekday", "opens"]
        constraints = [
            models.UniqueConstraint(fields=["office", "channel", "weekday"], name="one_period_per_channel_day"),
            models.CheckConstraint(condition=models.Q(opens__lt=models.F("closes")), name="opens_before_closes"),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} {self.get_weekday_display()} {self.opens:%H.%M}-{self.closes:%H.%M}"


class ClosingDay(models.Model):
    """A day the office is closed beyond the public holidays (e.g. a staff day, Friday after Ascension)."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="closing_days")
    date = models.DateField(_("dato"))
    reason = models.CharField(_("årsag"), max_length=200)

    class Meta:
        verbose_name = _("lukkedag")
        verbose_name_plural = _("lukkedage")
        ordering = ["date"]
        constraints = [models.UniqueConstraint(fields=["office", "date"], name="one_closing_per_day")]

    def __str__(self) -> str:
        return f"{self.date:%d.%m.%Y} {self.reason}"


class Department(LocalisedTexts, models.Model):
    """A forvaltning. Keywords lead the triage engine to it (one per line; phrases allowed).

    The guide's "contact the unit first" shows its e-mail, phone and web page.
    """

    code = models.CharField(_("kode"), max_length=20, unique=True)
    name = models.CharField(_("navn"), max_length=200)
    name_en = models.CharField(_("navn på engelsk"), max_length=200, blank=True)
    areas = models.TextField(_("områder"), blank=True)
    areas_en = models.TextField(_("områder på engelsk"), blank=True)
    keywords = models.TextField(
        _("nøgleord"), blank=True,
        help_text=_("Ét ord eller udtryk pr. linje, som borgere bruger om forvaltningens område."),
    )
    email = models.EmailField(_("kontaktpostkasse"))
    phone = models.CharField(_("telefon"), max_length=30, blank=True)
    url = models.URLField(_("hjemmeside"), blank=True)
    active = models.BooleanField(_("aktiv"), default=True)

    class Meta:
        verbose_name = _("forvaltning")
        verbose_name_plural = _("forvaltninger")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    @property
    def keyword_list(self) -> list[str]:
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]

    @property
    def local_name(self) -> str:
        return self.local("name")

    @property
    def local_areas(self) -> str:
        return self.local("areas")


class ComplaintBody(LocalisedTexts, models.Model):
    """A klageinstans or other body the citizen can be guided to. Codes as in the triage contract.

    The guide shows its name, what it handles, how to complain and the deadline, in English on the
    English pages (the ``_en`` fields; empty ones fall back to Danish). A body with a ``conduct_body``
    (the police) is shown as that body (Den Uafhængige Politiklagemyndighed) when the matter is its
    staff's conduct; a body that is another's conduct body is not in the triage engine's configuration.
    """

    code = models.SlugField(_("kode"), max_length=40, unique=True)
    name = models.CharField(_("navn"), max_length=200)
    name_en = models.CharField(_("navn på engelsk"), max_length=200, blank=True)
    handles = models.TextField(_("hvad den behandler"))
    handles_en = models.TextField(_("hvad den behandler, på engelsk"), blank=True)
    address = models.TextField(_("adresse"), blank=True)
    deadline = models.CharField(_("klagefrist"), max_length=200, blank=True)
    deadline_en = models.CharField(_("klagefrist på engelsk"), max_length=200, blank=True)
    how_to_complain = models.TextField(
        _("sådan klager du"), blank=True, help_text=_("En adresse (https://...) i teksten bliver et link."),
    )
    how_to_complain_en = models.TextField(_("sådan klager du, på engelsk"), blank=True)
    url = models.URLField(_("hjemmeside"), blank=True)
    keywords = models.TextField(
        _("nøgleord"), blank=True,
        help_text=_("Ét ord eller udtryk pr. linje, der peger på denne klageinstans."),
    )
    conduct_body = models.ForeignKey(
        "self", verbose_name=_("klager over de ansattes adfærd går til"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="conduct_for",
        help_text=_("Handler henvendelsen om de ansattes opførsel, viser guiden denne klageinstans i stedet, "
                    "fx Den Uafhængige Politiklagemyndighed for politiet. Triagen henviser aldrig selv til den."),
    )
    active = models.BooleanField(_("aktiv"), default=True)

    class Meta:
        verbose_name = _("klageinstans")
        verbose_name_plural = _("klageinstanser")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def keyword_list(self) -> list[str]:
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]

    @property
    def local_name(self) -> str:
        return self.local("name")

    @property
    def local_handles(self) -> str:
        return self.local("handles")

    @property
    def local_deadline(self) -> str:
        return self.local("deadline")

    @property
    def local_how_to_complain(self) -> str:
        return self.local("how_to_complain")
