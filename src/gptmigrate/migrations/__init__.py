"""The API migrations, one module each, in one explicit ordered registry.

`rewrite` plans a legacy call with the first migration that handles it; a legacy call no
migration handles stays a manual finding. To add a migration: write its module (a `Migration`
with its arguments and reads), add it here, add its fixtures (tests/test_migrations.py checks
that every migration names existing fixture folders and that every rewritten rule code has a
migration), its execution cases (tests/execution/) and its README section.
"""

from __future__ import annotations

from typing import Optional, Tuple

from gptmigrate.detect import LegacyCall
from gptmigrate.migrations import completions_to_chat, edits_to_chat, v0_resources
from gptmigrate.migrations.base import Migration, Reads, Uncertain

REGISTRY: Tuple[Migration, ...] = (
    completions_to_chat.MIGRATION,
    edits_to_chat.MIGRATION,
    v0_resources.CHAT,
    v0_resources.EMBEDDINGS,
)


def migration_for(legacy: LegacyCall) -> Optional[Migration]:
    """The migration that rewrites `legacy`, if one does."""
    for migration in REGISTRY:
        if migration.handles(legacy):
            return migration
    return None


__all__ = ["REGISTRY", "Migration", "Reads", "Uncertain", "migration_for"]
