"""Detecting private information that should not be sent by ordinary e-mail."""

from borgerraad.privacy.sensitive import sensitive_categories


def test_health_and_social_matters_are_found_in_compounds_and_inflections():
    assert sensitive_categories("Jeg har været sygemeldt med stress og har en lægeerklæring") == ["helbred"]
    assert sensitive_categories("Min søn er anbragt, og jeg fik en underretning") == ["sociale forhold"]
    assert sensitive_categories("Hun fik psykiatrisk behandling for sit misbrug") == ["helbred", "misbrug"]


def test_english_text():
    assert sensitive_categories("My diagnosis and my criminal record are in the file") == [
        "helbred", "strafbare forhold",
    ]


def test_ordinary_complaints_are_not_flagged():
    assert sensitive_categories("Skraldet er ikke hentet i tre uger, og ingen svarer på mine mails.") == []
    assert sensitive_categories("Jeg venter stadig på svar om min byggetilladelse.") == []
