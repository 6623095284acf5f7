"""The migration registry: every migration is proven by fixtures, and every rule whose
findings the rewriter fixes has a migration (an unknown kind must never fall back to another)."""

from __future__ import annotations

import inspect

import pytest

from conftest import FIXTURES
from gptmigrate.detect import LegacyCall
from gptmigrate.migrations import REGISTRY, migration_for
from gptmigrate.migrations import (assistants_responses, v0_embeddings_utils, v0_errors,
                                   v0_object_types)
from gptmigrate.migrations.v0_common import ModuleApiMigration
from gptmigrate.rewrite import CALL_CODES


def test_every_migration_names_existing_fixture_folders_with_a_fixed_case():
    for migration in REGISTRY:
        assert migration.fixtures, migration.name
        for folder in migration.fixtures:
            path = FIXTURES / folder
            assert path.is_dir(), f"{migration.name}: add tests/fixtures/{folder}"
            if migration.rewrites:
                assert list(path.glob("*.fixed.py")), f"{migration.name}: {folder} has no fixed case"
            else:  # an instruction only: a case must report the code, manual
                assert any(f" {code} manual" in case.read_text() for case in path.glob("*.findings")
                           for code in migration.codes), f"{migration.name}: {folder} has no case"
    for folder in v0_errors.FIXTURES + assistants_responses.FIXTURES \
            + v0_embeddings_utils.FIXTURES + v0_object_types.FIXTURES:
        assert list((FIXTURES / folder).glob("*.fixed.py")) or list(
            (FIXTURES / folder).glob("*.py")), folder


def test_every_rewritten_code_has_a_migration_and_names_are_unique():
    assert CALL_CODES <= {code for migration in REGISTRY for code in migration.codes}
    names = [migration.name for migration in REGISTRY]
    assert len(names) == len(set(names))


def test_a_legacy_call_no_migration_takes_is_left_alone():
    assert migration_for(LegacyCall("GM201", "v0", "Customer", "create", "x")) is None
    assert migration_for(LegacyCall("GM101", "v0", "Completion", "list", "x")) is None
    chat = migration_for(LegacyCall("GM201", "v0", "ChatCompletion", "acreate", "x"))
    assert chat is not None and chat.resource == "chat.completions"


def test_module_api_migrations_write_only_what_the_installed_sdk_takes():
    """Every keyword a 0.x module-API migration carries is a parameter of the v1 method it
    writes, and the id it moves first can be passed by position (the SDK's own signatures)."""
    openai = pytest.importorskip("openai")
    if int(openai.__version__.split(".")[0]) < 1:
        pytest.skip("openai<1 installed")
    client = openai.OpenAI(api_key="test")
    checked = 0
    for migration in REGISTRY:
        if not isinstance(migration, ModuleApiMigration):
            continue
        method = client
        for part in (*migration.resource.split("."), migration.v1_name):
            method = getattr(method, part)
        parameters = inspect.signature(method).parameters
        written = migration.accepted - {"user_provided_filename", "filename"}
        assert written <= set(parameters), (migration.name, written - set(parameters))
        if migration.id_name:
            first = next(iter(parameters.values()))
            assert first.kind in (first.POSITIONAL_ONLY, first.POSITIONAL_OR_KEYWORD), \
                migration.name
        checked += 1
    assert checked >= 15


def test_accepted_keywords_are_the_sdk_signatures():
    """The keywords a migration lets through to a v1 method are that method's parameters in
    the installed SDK (a keyword it lacks is a TypeError there)."""
    openai = pytest.importorskip("openai")
    client = openai.OpenAI(api_key="test")
    checked = 0
    for migration in REGISTRY:
        if not migration.accepted or isinstance(migration, ModuleApiMigration):
            continue  # (ModuleApiMigration: checked above, on their v1_name)
        method = client
        for part in (*migration.resource.split("."), "create"):
            method = getattr(method, part)
        parameters = set(inspect.signature(method).parameters)
        assert migration.accepted <= parameters, (migration.name,
                                                  migration.accepted - parameters)
        checked += 1
    assert checked == 3


def test_google_genai_migration_writes_only_what_google_genai_takes():
    """The keywords and config keys google_genai writes, against the installed google-genai."""
    from google.genai import models, types

    from gptmigrate.migrations import google_genai

    for method in (models.Models.generate_content, models.Models.embed_content):
        assert set(inspect.signature(method).parameters) == {"self", "model", "contents",
                                                             "config"}
    generate = set(types.GenerateContentConfig.model_fields)
    assert google_genai.GENERATION_FIELDS | {"system_instruction"} <= generate
    assert {"task_type", "title", "output_dimensionality"} <= set(
        types.EmbedContentConfig.model_fields)
    assert (FIXTURES / google_genai.FIXTURES[0]).is_dir()
    assert list((FIXTURES / google_genai.FIXTURES[0]).glob("*.fixed.py"))


def test_error_class_tree_is_the_sdks():
    """v0_errors' data on openai>=1's exception classes (which base each has) is the installed
    SDK's, and every class the rename writes or an error maps to is in it."""
    openai = pytest.importorskip("openai")
    if int(openai.__version__.split(".")[0]) < 1:
        pytest.skip("openai<1 installed")
    for name, base in v0_errors.V1_BASES.items():
        cls = getattr(openai, name)
        assert cls.__bases__[0].__name__ == (base or "Exception"), name
        if base is not None:
            assert issubclass(cls, getattr(openai, base)), name
    written = {name for name in v0_errors.V1_EXCEPTIONS.values() if name} | {
        name for names in v0_errors.ALSO_CAUGHT.values() for name in names} | {
        name for names in v0_errors.V1_RAISED.values() for name in names}
    assert written <= set(v0_errors.V1_BASES)
    # subclass relations among them, as the rename's order check sees them
    for a in v0_errors.V1_BASES:
        for b in v0_errors.V1_BASES:
            assert v0_errors._v1_subclass(a, b) == issubclass(getattr(openai, a),
                                                              getattr(openai, b)), (a, b)
