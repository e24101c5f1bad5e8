"""Seeded klagepunkt texts for the recurring-problems tests, written like citizens write.

``HOUSING_DELAY``: five different citizens waiting months for an answer on housing benefit from
the same unit. ``UNRELATED_SAME_UNIT``: other complaints about case handling at that unit, each
about something else. ``BACKGROUND``: complaints about other units and grounds, so the weights are
computed over a window that looks like the office's.
"""

HOUSING_DELAY = (
    "Jeg har ventet fem måneder på svar på min ansøgning om boligstøtte, og ingen svarer i telefonen.",
    "Min ansøgning om boligstøtte er ikke behandlet efter fire måneder. Jeg har ringet flere gange uden svar.",
    "Boligstøtte: ansøgningen ligger stadig ubehandlet efter et halvt år, og jeg får ingen svar på mine mails.",
    "Sagsbehandlingstiden på min ansøgning om boligstøtte er alt for lang, over fire måneder uden svar.",
    "Jeg søgte boligstøtte i januar og har stadig ikke fået svar på ansøgningen.",
    "Vi har ventet i måneder på at få svar på ansøgningen om boligstøtte til vores nye lejlighed.",
)

UNRELATED_SAME_UNIT = (
    "Min sagsbehandler har ikke partshørt mig før afgørelsen om at stoppe min kontanthjælp.",
    "Afgørelsen om mit sygedagpengeforløb mangler en begrundelse, jeg forstår ikke hvorfor.",
    "Der er ikke skrevet notat om mødet, og nu husker ingen hvad vi aftalte om praktikken.",
    "Jeg fik ingen klagevejledning med brevet om tilbagebetaling af ydelsen.",
)

BACKGROUND = (
    "Medarbejderen i borgerservice var meget uhøflig og råbte ad mig ved skranken.",
    "Parkeringsafgiften blev givet selv om jeg havde en gyldig licens i ruden.",
    "Min datter har ikke fået en plads i vuggestuen trods pasningsgarantien.",
    "Skraldet er ikke blevet hentet i tre uger, og containeren flyder over.",
    "Hjemmehjælpen kommer ikke til de aftalte tider, og min mor bliver ikke vasket.",
    "Jeg har ikke fået aktindsigt i min sag, selv om jeg bad om det for to måneder siden.",
    "Byggesagen om vores carport har ligget stille i et år uden at nogen har kontaktet os.",
    "Vejen foran vores hus er ikke blevet ryddet for sne, og de ældre kan ikke komme ud.",
    "Tandplejen aflyste min søns tid tre gange uden at give en ny.",
    "Biblioteket har lukket uden varsel, og der er ingen information på hjemmesiden.",
    "Jeg blev behandlet nedladende på jobcentret fordi jeg taler dårligt dansk.",
    "Min ansøgning om handicapbil blev afslået uden at de havde læst lægens erklæring.",
    "Jeg kan ikke logge ind på selvbetjeningen, og supporten lægger bare røret på.",
    "Skolen har ikke svaret på vores henvendelse om mobning af vores søn.",
    "Kommunen har opkrævet ejendomsskat to gange for samme halvår.",
    "Plejehjemmet informerede ikke familien da min far faldt og kom på hospitalet.",
)
