"""The apps' templates and URL names keep the layers of docs/architecture.md, as import-linter keeps imports.

import-linter sees imports only. A template can still lean on an app above its own: by naming its
URL (``{% url 'letters:detail' ... %}`` in a cases template) or by loading its tag library
(``{% load letters_nav %}``). Either breaks the moment the higher app is removed or renamed, and
hides that the lower app knows about the higher one. These tests read every template of every app
and refuse both, with the layers taken from ``pyproject.toml`` (the import-linter contract), so the
two checks cannot drift apart. A higher app contributes its links through a registry instead
(``accounts.navigation``, ``cases.hooks.CASE_PAGE``, ``core.links``).

The same holds for the apps' Python: ``reverse("portal:home")`` in cases or ``redirect("council:referrals")``
in accounts is a dependency on a higher app that import-linter cannot see (a string, not an import).
Every string constant of an app's modules that is a URL name (``namespace:name``) of a higher app or a
sibling is refused. The project's own modules (``borgerraad/settings.py``, ``urls.py``) wire the apps
together and belong to no layer.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest
from django.template.backends.django import get_installed_libraries
from django.urls import get_resolver

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "borgerraad"

# The project's own template folder: each file belongs to the app whose pages it lays out.
PROJECT_TEMPLATES = {"core": "core", "errors": "core", "includes": "core", "staff": "accounts"}

URL_TAG = re.compile(r"""\{%\s*url\s+['"](?P<name>[^'"]+)['"]""")
LOAD_TAG = re.compile(r"\{%\s*load\s+(?P<libraries>[^%]+?)\s*%\}")


def _layers() -> dict[str, int]:
    """App name -> its layer (0 is the top), from the import-linter contract."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "layers")
    return {
        module.strip().removeprefix("borgerraad."): level
        for level, line in enumerate(contract["layers"])
        for module in line.split("|")
    }


LAYERS = _layers()


def _app_of_module(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "borgerraad" and len(parts) > 1 and parts[1] in LAYERS else None


def _namespaces() -> dict[str, str]:
    """URL namespace -> the project app whose URL map defines it (Django's own, like ``admin``, left out)."""
    apps = {}
    for namespace, (_prefix, resolver) in get_resolver().namespace_dict.items():
        urlconf = resolver.urlconf_name  # a module, its dotted name, or a list of patterns (the admin's)
        app = _app_of_module(urlconf if isinstance(urlconf, str) else getattr(urlconf, "__name__", ""))
        if app:
            apps[namespace] = app
    return apps


def _template_files() -> list[tuple[str, Path]]:
    """(the app a template belongs to, its path) for every template of the project."""
    found = []
    for path in sorted([*PACKAGE.glob("*/templates/**/*.html"), *PACKAGE.glob("templates/**/*.html")]):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "templates":
            first = relative.parts[1] if len(relative.parts) > 2 else "core"  # base.html, 404.html...: core's pages
            found.append((PROJECT_TEMPLATES[first], path))
        else:
            found.append((relative.parts[0], path))
    return found


def _upward(app: str, other: str) -> bool:
    """Does ``app`` lean on ``other`` against the layers (a higher app, or a sibling on the same line)?"""
    return other != app and LAYERS[other] <= LAYERS[app]


def _violations(app: str, text: str, namespaces: dict[str, str], libraries: dict[str, str]) -> list[str]:
    found = []
    for match in URL_TAG.finditer(text):
        namespace = match["name"].split(":")[0] if ":" in match["name"] else None
        other = namespaces.get(namespace)
        if other and _upward(app, other):
            found.append(f"{{% url '{match['name']}' %}} names a URL of {other}")
    for match in LOAD_TAG.finditer(text):
        for library in match["libraries"].split():
            other = _app_of_module(libraries.get(library, ""))
            if other and _upward(app, other):
                found.append(f"{{% load {library} %}} is a tag library of {other}")
    return found


def _url_names() -> dict[str, str]:
    """Every project URL name with its namespace (``cases:inbox``) -> the app whose URL map defines it."""
    names = {}
    for namespace, app in _namespaces().items():
        _prefix, resolver = get_resolver().namespace_dict[namespace]
        for key in resolver.reverse_dict:
            if isinstance(key, str):
                names[f"{namespace}:{key}"] = app
    return names


def _python_files() -> list[tuple[str, Path]]:
    """(the app a module belongs to, its path) for every Python module of the apps (not the project's own)."""
    return [
        (path.relative_to(PACKAGE).parts[0], path)
        for path in sorted(PACKAGE.glob("*/**/*.py"))
        if path.relative_to(PACKAGE).parts[0] in LAYERS
    ]


def _python_violations(app: str, source: str, url_names: dict[str, str]) -> list[str]:
    """The URL names of a higher app or a sibling in ``source``, a module of ``app``, with their lines."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in url_names:
            other = url_names[node.value]
            if _upward(app, other):
                found.append(f"line {node.lineno}: '{node.value}' names a URL of {other}")
    return found


def test_every_template_belongs_to_an_app_of_the_layers():
    templates = _template_files()
    assert len(templates) > 100
    assert {app for app, _path in templates} <= set(LAYERS)


def test_no_template_names_a_url_or_loads_tags_of_a_higher_layer():
    namespaces, libraries = _namespaces(), get_installed_libraries()
    assert {"cases", "letters", "portal", "insights", "council", "email_channel"} <= set(namespaces)
    broken = [
        f"{path.relative_to(ROOT)}: {problem}"
        for app, path in _template_files()
        for problem in _violations(app, path.read_text(), namespaces, libraries)
    ]
    assert broken == []


@pytest.mark.parametrize(("app", "text", "problem"), [
    ("cases", "<a href=\"{% url 'letters:detail' case.reference letter.pk %}\">", "names a URL of letters"),
    ("accounts", "{% url \"insights:dashboard\" %}", "names a URL of insights"),
    ("core", "{%url 'council:referrals' as referrals_url %}", "names a URL of channels"),
    ("letters", "{% url 'email_channel:failed_mail' %}", "names a URL of channels"),  # siblings
    ("cases", "{% load i18n static letters_nav %}", "is a tag library of letters"),
])
def test_the_check_finds_an_upward_link(app, text, problem):
    libraries = {"letters_nav": "borgerraad.letters.templatetags.letters_nav", "i18n": "django.templatetags.i18n"}
    namespaces = {"letters": "letters", "insights": "insights", "council": "channels", "email_channel": "channels"}
    assert [problem in found for found in _violations(app, text, namespaces, libraries)] == [True]


def test_a_link_down_the_layers_is_fine():
    namespaces = {"cases": "cases", "intake": "intake", "letters": "letters"}
    text = "{% url 'cases:case' case.reference %} {% url 'intake:attachment' 1 %} {% url 'letters:detail' 1 2 %}"
    assert _violations("letters", text, namespaces, {}) == []


def test_every_app_module_belongs_to_an_app_of_the_layers():
    modules = _python_files()
    assert len(modules) > 200
    assert {app for app, _path in modules} == set(LAYERS)


def test_no_python_module_names_a_url_of_a_higher_layer():
    url_names = _url_names()
    assert {"portal:home", "council:referrals", "accounts:home", "cases:inbox", "letters:detail"} <= set(url_names)
    broken = [
        f"{path.relative_to(ROOT)}: {problem}"
        for app, path in _python_files()
        for problem in _python_violations(app, path.read_text(), url_names)
    ]
    assert broken == []


URL_NAMES = {"portal:home": "portal", "council:referrals": "channels", "accounts:home": "accounts",
             "cases:inbox": "cases", "core:home": "core", "letters:detail": "letters"}


@pytest.mark.parametrize(("app", "source", "problem"), [
    # The three that were there before the registries (accounts.navigation, cases.hooks, core.links):
    ("accounts", 'def home(request):\n    return redirect("council:referrals")\n',
     "'council:referrals' names a URL of channels"),
    ("cases", 'where = reverse("portal:home") if portal else reverse("cases:inbox")',
     "'portal:home' names a URL of portal"),
    ("core", 'url = reverse("accounts:home" if staff else "core:home")', "'accounts:home' names a URL of accounts"),
    ("cases", 'success_url = reverse_lazy("letters:detail")', "'letters:detail' names a URL of letters"),
    ("letters", 'LINK = "council:referrals"', "names a URL of channels"),  # siblings
])
def test_the_check_finds_a_url_name_of_a_higher_layer_in_python(app, source, problem):
    assert [problem in found for found in _python_violations(app, source, URL_NAMES)] == [True]


def test_a_url_name_down_the_layers_or_a_plain_string_is_fine_in_python():
    source = 'reverse("cases:inbox"); redirect("core:home"); x = "portal:home is a phrase"; t = "12:30"'
    assert _python_violations("letters", source, URL_NAMES) == []
