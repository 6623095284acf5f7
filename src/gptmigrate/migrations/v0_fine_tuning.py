"""openai.FineTuningJob (GM201) -> client.fine_tuning.jobs; openai.FineTune (GM104) manual.

FineTuningJob (openai 0.28.1 api_resources/fine_tuning.py: create/list/retrieve/cancel and the
nested `list_events(id, limit=None, after=None)`) -> openai 3.63.0 `FineTuning.jobs`, by
`inspect.signature`: `create(*, model, training_file, hyperparameters, integrations, metadata,
method, seed, suffix, validation_file)`, `list(*, after, limit, metadata)`,
`retrieve(fine_tuning_job_id)`, `cancel(fine_tuning_job_id)`,
`list_events(fine_tuning_job_id, *, after, limit)`. Reads: `job["fine_tuned_model"]` ->
`job.fine_tuned_model`; `hyperparameters` and `error` are objects; lists are pages (`.data`).
A retired base model cannot be fine-tuned: that create stays manual.

FineTune is the legacy /v1/fine-tunes endpoint, shut down on 2024-01-04: no call of it can
work, and its ids (ft-...) and hyperparameters (n_epochs=, batch_size=, prompt_loss_weight=
...) do not carry over, so each call gets the exact instruction for fine_tuning.jobs.
Fixtures: tests/fixtures/GM201-v0-sdk-call/fine_tuning*.py, GM104-fine-tunes-endpoint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import libcst as cst

from gptmigrate.migrations.base import Migration, Reads, Uncertain
from gptmigrate.migrations.v0_common import (CODES, COMPUTED, ModuleApiMigration, named_model,
                                             sync_method)

if TYPE_CHECKING:
    from gptmigrate.rewrite import CallPlan

JOB_READS = Reads(objects=frozenset({(), ("hyperparameters",), ("error",)}))
PAGE_READS = Reads(objects=frozenset({(), ("data", "*"), ("data", "*", "hyperparameters"),
                                      ("data", "*", "error")}),
                   lists=frozenset({("data",)}))
CREATE_PARAMETERS = frozenset({"model", "training_file", "hyperparameters", "integrations",
                               "metadata", "method", "seed", "suffix", "validation_file"})
# Legacy fine-tunes hyperparameters that fine_tuning.jobs takes in hyperparameters={...}.
HYPERPARAMETERS = ("n_epochs", "batch_size", "learning_rate_multiplier")


class JobCreateMigration(ModuleApiMigration):
    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        args = super().arguments(plan)
        model = named_model(plan)
        if model is not None and model != COMPUTED:
            options = plan.planner.options
            row = options.table.get(model)
            if row is not None and row.status(options.as_of) == "retired":
                raise Uncertain(f"{model} is retired and can no longer be fine-tuned: choose a "
                                f"model fine-tuning supports today (its training data format "
                                f"may differ), then run again")
        return args


def _jobs(method: str, v1_name: str, reads: Reads, accepted: frozenset = frozenset(),
          id_name: str = "id") -> ModuleApiMigration:
    return ModuleApiMigration(
        name=f"v0-fine-tuning-jobs-{method.replace('_', '-')}",
        summary=f"openai.FineTuningJob.{method} -> client.fine_tuning.jobs.{v1_name}",
        codes=CODES,
        resources=frozenset({"FineTuningJob"}),
        resource="fine_tuning.jobs",
        fixtures=("GM201-v0-sdk-call",),
        methods=frozenset({method, f"a{method}"}),
        positional={method: (id_name,), f"a{method}": (id_name,)} if id_name else {},
        v1_name=v1_name,
        id_name=id_name,
        accepted=accepted,
        reads=reads,
        example_read="job.status, job.fine_tuned_model",
    )


JOBS_CREATE = JobCreateMigration(
    name="v0-fine-tuning-jobs-create",
    summary="openai.FineTuningJob.create -> client.fine_tuning.jobs.create",
    codes=CODES,
    resources=frozenset({"FineTuningJob"}),
    resource="fine_tuning.jobs",
    fixtures=("GM201-v0-sdk-call",),
    accepted=CREATE_PARAMETERS,
    reads=JOB_READS,
    example_read="job.id, job.status",
)
JOBS_LIST = _jobs("list", "list", PAGE_READS, frozenset({"after", "limit", "metadata"}), "")
JOBS_RETRIEVE = _jobs("retrieve", "retrieve", JOB_READS)
JOBS_CANCEL = _jobs("cancel", "cancel", JOB_READS)
JOBS_LIST_EVENTS = _jobs("list_events", "list_events",
                         Reads(objects=frozenset({(), ("data", "*")}),
                               lists=frozenset({("data",)})),
                         frozenset({"after", "limit"}))


class LegacyFineTunes(Migration):
    """The legacy fine-tunes endpoint is gone: every call gets what to write instead."""

    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        method = sync_method(plan.legacy)
        if method == "create":
            raise Uncertain(_create_instruction(plan))
        jobs = {"list": "list()", "retrieve": "retrieve(job_id)", "cancel": "cancel(job_id)",
                "list_events": "list_events(job_id)", "stream_events": "list_events(job_id)"}
        instead = jobs.get(method)
        if instead is None:
            raise Uncertain("the legacy fine-tunes endpoint was shut down on 2024-01-04 and "
                            f"fine_tuning.jobs has no {method}: remove the call")
        raise Uncertain(f"the legacy fine-tunes endpoint was shut down on 2024-01-04 and its "
                        f"ft-... ids are gone with it: create the job again with "
                        f"client.fine_tuning.jobs.create(...) and call "
                        f"client.fine_tuning.jobs.{instead} with its ftjob-... id")


def _create_instruction(plan: "CallPlan") -> str:
    def shown(name: str) -> str:
        value = plan.ast_argument(name)
        return plan.sem.source(value) if value is not None else "..."

    carried = [f'"{name}": {shown(name)}' for name in HYPERPARAMETERS
               if plan.ast_argument(name) is not None]
    dropped = [name for name in plan.keyword_names
               if name not in HYPERPARAMETERS and name not in CREATE_PARAMETERS]
    call = (f"client.fine_tuning.jobs.create(training_file={shown('training_file')}, "
            f"model=<a model fine-tuning supports today>"
            + (f", hyperparameters={{{', '.join(carried)}}}" if carried else "")
            + "".join(f", {name}={shown(name)}" for name in ("validation_file", "suffix")
                      if plan.ast_argument(name) is not None) + ")")
    note = (f"; {', '.join(n + '=' for n in dropped)} has no equivalent there" if dropped else "")
    return (f"the legacy fine-tunes endpoint was shut down on 2024-01-04: call {call}{note}; "
            f"the training file must be in the chat format for a chat model, and the job's id "
            f"is ftjob-...")


FINE_TUNES = LegacyFineTunes(
    name="legacy-fine-tunes",
    summary="openai.FineTune / client.fine_tunes: manual, with the fine_tuning.jobs call",
    codes=frozenset({"GM104"}),
    resources=frozenset({"FineTune", "fine_tunes"}),
    sdks=frozenset({"v0", "v1"}),
    resource="fine_tuning.jobs",
    fixtures=("GM104-fine-tunes-endpoint",),
    rewrites=False,
    methods=frozenset({f"{prefix}{name}" for prefix in ("", "a") for name in (
        "create", "list", "retrieve", "cancel", "list_events", "stream_events", "delete")}),
    positional={f"{prefix}{name}": ("id",) for prefix in ("", "a") for name in (
        "retrieve", "cancel", "list_events", "stream_events", "delete")},
)
