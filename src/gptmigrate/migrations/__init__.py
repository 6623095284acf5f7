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
from gptmigrate.migrations import (anthropic_messages, completions_to_chat, edits_to_chat, v0_audio, v0_files,
                                   v0_fine_tuning, v0_images, v0_models, v0_moderations,
                                   v0_resources)
from gptmigrate.migrations.base import Migration, Reads, Uncertain

REGISTRY: Tuple[Migration, ...] = (
    v0_resources.OWN_SERVER_COMPLETIONS,  # before Completions -> Chat: it takes their calls
    completions_to_chat.MIGRATION,
    edits_to_chat.MIGRATION,
    v0_resources.CHAT,
    v0_resources.EMBEDDINGS,
    v0_moderations.MODERATIONS,
    v0_images.GENERATE,
    v0_images.EDIT,
    v0_images.VARIATION,
    v0_audio.TRANSCRIPTIONS,
    v0_audio.TRANSLATIONS,
    v0_files.CREATE,
    v0_files.LIST,
    v0_files.RETRIEVE,
    v0_files.DELETE,
    v0_files.DOWNLOAD,
    v0_files.WAIT,
    v0_files.HELPERS,
    v0_fine_tuning.JOBS_CREATE,
    v0_fine_tuning.JOBS_LIST,
    v0_fine_tuning.JOBS_RETRIEVE,
    v0_fine_tuning.JOBS_CANCEL,
    v0_fine_tuning.JOBS_LIST_EVENTS,
    v0_fine_tuning.FINE_TUNES,
    v0_models.LIST,
    v0_models.RETRIEVE,
    v0_models.DELETE,
    v0_models.ENGINES,
    anthropic_messages.MIGRATION,
)


def migration_for(legacy: LegacyCall, own_server: bool = False) -> Optional[Migration]:
    """The migration that rewrites `legacy`, if one does; `own_server`: the call goes to a
    server of the project's own (`Migration.own_server`)."""
    for migration in REGISTRY:
        if migration.handles(legacy) and (own_server or not migration.own_server):
            return migration
    return None


__all__ = ["REGISTRY", "Migration", "Reads", "Uncertain", "migration_for"]
