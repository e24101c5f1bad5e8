"""``borgerraad triage``: JSON lines in, one verdict line out per case (CONTRACT.md)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.triage.cases import DEV_CASES, load

REPO = Path(__file__).resolve().parents[2]


def run_command(lines: list[str]) -> list[dict]:
    out = io.StringIO()
    call_command("triage", stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.django_db
def test_one_answer_per_line_in_order_with_errors():
    lines = [
        json.dumps({"id": "a", "text": "Hjemmehjælpen kommer altid for sent.", "answers": {"contacted_unit": "no"}}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": "Jeg vil gerne foreslå længere åbningstider i Borgerservice.",
                    "channel": "web"}),
        json.dumps(["a list"]),
        json.dumps({"id": "d", "text": "x", "answers": "no"}),
    ]
    answers = run_command(lines)
    assert [answer["id"] for answer in answers] == ["a", None, "b", "c", None, "d"]
    assert answers[0]["verdict"] == "contact_unit_first" and answers[0]["forvaltning"] == "SUF"
    assert "error" in answers[1] and "error" in answers[2] and "error" in answers[4] and "error" in answers[5]
    assert answers[3]["grounds"] == ["forslag"]
    assert set(answers[0]) == {"id", "verdict", "grounds", "exclusions", "refer_to", "forvaltning",
                               "cpr_found", "explanation"}


@pytest.mark.django_db
def test_timing_reports_the_lines_and_their_cpu_time_on_stderr_only():
    lines = [json.dumps({"id": f"t{n}", "text": "Hjemmehjælpen kommer altid for sent."}) for n in range(3)]
    out, err = io.StringIO(), io.StringIO()
    call_command("triage", "--timing", stdin=io.StringIO("\n".join(lines) + "\n\n"), stdout=out, stderr=err)
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["t0", "t1", "t2"]
    assert err.getvalue().startswith("triage: 3 lines in ") and "start-up excluded" in err.getvalue()
    quiet = io.StringIO()
    call_command("triage", stdin=io.StringIO(lines[0] + "\n"), stdout=io.StringIO(), stderr=quiet)
    assert quiet.getvalue() == ""


@pytest.mark.django_db
def test_danish_letters_are_written_as_is():
    out = io.StringIO()
    call_command("triage", stdin=io.StringIO(json.dumps({"id": "æ", "text": "Hej"}) + "\n"), stdout=out)
    assert '"id": "æ"' in out.getvalue()


@pytest.mark.django_db
def test_details_add_rules_and_klagepunkter():
    out = io.StringIO()
    call_command("triage", "--details", stdin=io.StringIO(json.dumps({"id": 1, "text": "Hej"}) + "\n"), stdout=out)
    answer = json.loads(out.getvalue())
    assert {"rules", "klagepunkter", "explanation_en"} <= set(answer)


def test_console_command_on_a_fresh_database(tmp_path):
    """The installed ``borgerraad`` command on a newly migrated database, exit code 0."""
    env = {"BORGERRAAD_VAR_DIR": str(tmp_path), "PATH": str(Path(sys.executable).parent), "DJANGO_DEBUG": "true"}
    borgerraad = str(Path(sys.executable).parent / "borgerraad")
    subprocess.run([borgerraad, "migrate", "--verbosity", "0"], env=env, check=True, cwd=REPO)
    cases = load(DEV_CASES)
    stdin = "".join(json.dumps({k: v for k, v in case.items() if k != "expect"}) + "\n" for case in cases)
    done = subprocess.run([borgerraad, "triage"], input=stdin, env=env, capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert [answer["id"] for answer in answers] == [case["id"] for case in cases]
    assert all("verdict" in answer for answer in answers)


def _triage_in_subprocess(env: dict[str, str], cwd: Path) -> list[dict]:
    borgerraad = str(Path(sys.executable).parent / "borgerraad")
    lines = [{"id": "a", "text": "Hjemmehjælpen kommer altid for sent.", "answers": {"contacted_unit": "no"}},
             {"id": "b", "text": "Jeg vil gerne foreslå længere åbningstider i Borgerservice."}]
    stdin = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    done = subprocess.run([borgerraad, "triage"], input=stdin, env=env, capture_output=True, text=True, cwd=cwd,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_console_command_with_no_environment_at_all(tmp_path):
    """The external evaluation runs ``borgerraad triage < cases.jsonl`` with no variables set, while
    the settings default to production: the command still answers every line."""
    answers = _triage_in_subprocess({}, tmp_path)
    assert [answer["id"] for answer in answers] == ["a", "b"]
    assert answers[0]["verdict"] == "contact_unit_first" and answers[0]["forvaltning"] == "SUF"
    assert answers[1]["grounds"] == ["forslag"]


def test_console_command_on_a_fresh_checkout_before_migrate(tmp_path):
    """No database yet (an empty var folder): the built-in Copenhagen configuration answers, and
    nothing is written."""
    var_dir = tmp_path / "var"
    var_dir.mkdir()
    answers = _triage_in_subprocess({"BORGERRAAD_VAR_DIR": str(var_dir / "not-made-yet")}, tmp_path)
    assert answers[0]["verdict"] == "contact_unit_first" and answers[0]["forvaltning"] == "SUF"
    assert answers[1]["grounds"] == ["forslag"]
    assert list(var_dir.iterdir()) == []
