"""The execution suite: legacy programs are fixed by the CLI and then run, to prove rewrites work.

Each case in tests/execution/cases/<case>/ is a small openai 0.x program in a project that
requires openai>=1 (its requirements.txt). The original runs once with openai==0.28.1 against
the fake API's era "2023": its stdout is what the program means. Then
`gptmigrate scan CASE --fix --unsafe-fixes --isolated --as-of 2026-11-23` rewrites a copy, and
the copy runs with the current openai SDK against the era "now" server. expect.toml says what
must happen:

- `runs`: the fixed program prints exactly what the original printed and calls no model with
  an announced shutdown that the original did not call (`manual_ok = "reason"` also accepts
  the call left unchanged with a finding saying so, where issue 14 allows either);
- `manual`: a remaining finding's message contains `reason` (and the code is `code`, if
  given), and the files are unchanged, or the fixed program still prints the same, or it stops
  only at a 0.x call left for the manual work (APIRemovedInV1);
- `unchanged`: a look-alike; no byte changes, and it runs the same on the current SDK.

Programs find the servers through environment variables only (OPENAI_API_BASE for 0.28.1,
OPENAI_BASE_URL for 1.x+, AZURE_OPENAI_ENDPOINT; OPENAI_API_KEY names the run in the server's
log). Cases the rewriter does not get right yet are listed in KNOWN_GAPS (strict xfail), never
weakened: when the rewriter improves, the XPASS fails and the entry must be removed.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "execution"))
from fake_openai import SHUTDOWN_ANNOUNCED, LogEntry, Servers  # noqa: E402
from harness import (CACHE, LOCAL_CA, SESSION_ENVIRONMENT, Run, WarmPythons,  # noqa: E402
                     legacy_venv, scan_fix, sources as _sources)
from gptmigrate.detect import REMOVED_HELPERS  # noqa: E402

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES_DIR = Path(__file__).resolve().parent / "execution" / "cases"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if (p / "expect.toml").is_file())
EXPECTATIONS = ("runs", "manual", "unchanged")
# numpy: openai 0.28.1 asks for base64 embeddings and decodes them with numpy (openai[datalib]).
LEGACY_SDK = ("openai==0.28.1", "numpy")
LEGACY_VENV = CACHE / "openai-0.28.1"

# The lead's to-do list: case -> what the rewriter does today (as of the commit that lists it).
KNOWN_GAPS: dict[str, str] = {
    "error_class_name_logged": "e.__class__.__name__ logged: InvalidRequestError becomes "
                               "BadRequestError, with no finding",
    "error_str_message_shown": "f'({e})' of a caught InvalidRequestError: 1.x's str() starts "
                               "with 'Error code: 400 - ', with no finding",
    "rt4_three_module_helper_chain": "left manual: config.py's CHAT_MODEL keeps its name (llm.py "
                                     "sends it in a params dict with temperature=0, which "
                                     "gpt-5.6-terra rejects), so llm.py's create(**params) keeps "
                                     "it too; the constant and the dict's temperature would have "
                                     "to move together across modules",
    "rt4_settings_configure_function_other_module": "left manual: configure() in another module sets "
                                                    "api_key/api_base from the environment, so the "
                                                    "Completion call is not moved ('create the client "
                                                    "there')",
    "rt4_completion_prompt_list_n_two": "left manual ('a list of prompts is a batch') for a literal "
                                        "list of two prompts with n=2, which one call per prompt with "
                                        "n=2 and index p*n+j serves",
    "rt4_stream_stop_list_stdout": "left manual (its model gpt-3.5-turbo stays: the target "
                                   "rejects stop=): non-streamed replies are cut by _cut_at_stop, "
                                   "a stream's deltas are not cut yet",
    "rt5_model_literal_method_on_self_logged": "model=\"gpt-4\" passed by keyword to "
                                               "self._complete, which logs the model in an f-string "
                                               "before sending it, is renamed with no finding: the "
                                               "printed log names gpt-5.6-sol (a module function "
                                               "that prints its model is renamed the same way)",
    "rt6_logging_usage_to_stdout": "logging.basicConfig(stream=sys.stdout, level=INFO): openai>=1's "
                                   "HTTP client logs 'HTTP Request: POST ...' at INFO, so stdout "
                                   "gains a line per request, with no finding (0.x logged nothing "
                                   "there; setting the httpx logger to WARNING keeps the output)",
    "rt6_model_list_pick_available": "MODEL = \"gpt-4\" under `if \"gpt-4\" in available` (the ids of "
                                     "Model.list()) is renamed to gpt-5.6-sol but the tested literal "
                                     "stays (a finding): the now-era listing never has gpt-4, so the "
                                     "fixed program always takes the fallback branch and prints its "
                                     "notice",
    "rt7_azure_settings_module_engine_constant": "left manual ('settings.py sets openai.api_base ... "
                                                 "create the client there'): settings.py sets the "
                                                 "Azure settings unconditionally at import (values "
                                                 "from os.environ and literals), llm.py only calls "
                                                 "ChatCompletion(engine=CHAT_DEPLOYMENT): an "
                                                 "AzureOpenAI client built from the same values "
                                                 "could serve model=CHAT_DEPLOYMENT",
    "rt8_error_e_error_fields_and_status": "left manual ('reads e.error ... read e.body'): 0.x's "
                                           "e.error is the body's error object, which 1.x gives as "
                                           "e.body (e.error.code -> e.code, e.error['type'] -> "
                                           "e.body['type']); the calls are rewritten, so the "
                                           "except clause stops at openai.error",
    "rt8_audio_transcript_json_saved": "left manual with a wrong reason: the file name f passed "
                                       "to Audio.transcribe (opened 'rb') is rebound by later "
                                       "`with open(out) as f` blocks in text mode, and the finding "
                                       "says the upload is a text-mode file (with distinct names "
                                       "the call and json.dump are rewritten and run)",
    "rt9_completion_translator_stop_class": "Completion(stop=['\\n', 'English:']) moved to "
                                            "gpt-5.6-terra with the stop emulated by _cut_at_stop: "
                                            "the text matches but usage (read later from the kept "
                                            "responses) counts the uncut reply, so the printed "
                                            "token total changes (44 -> 86) with no finding; a "
                                            "target that takes stop= or a finding on the usage "
                                            "read would keep it honest",
    "rt11_azure_api_version_banner_printed": "wrong rewrite: config.py's API_VERSION = "
                                             "\"2023-07-01-preview\" is replaced by 2024-02-01 with "
                                             "no remaining finding although main.py also prints it"
                                             " in a banner (f\"... api-version={API_VERSION}\"): the"
                                             " output changes silently; the GM106 fix should stay "
                                             "a finding when the constant is read anywhere but the"
                                             " api_version settings (as models read in prints are "
                                             "left 'not renamed')",
    "rt11_pkg_settings_env_defaults_overrides": "left manual ('spells request_timeout as a dict "
                                                "key ... rename it where the dict is built'): the "
                                                "dict is built in the same function as "
                                                "create(**params) (key \"request_timeout\" -> "
                                                "\"timeout\"), and the only **overrides caller "
                                                "(main.py) passes n=1, so the key could be renamed"
                                                " and the call rewritten",
    "rt11_app_factory_config_dict": "left manual ('code compares it or may look the old name up "
                                    "(line 11)'): main.py's CONFIG[\"CHAT_MODEL\"] = \"gpt-3.5-turbo\""
                                    " is only passed to create_app (app.py), stored as self.config"
                                    " and sent as model=self.config[\"CHAT_MODEL\"]; nothing "
                                    "compares or looks it up, so the literal could be renamed",
    "rt11_azure_or_openai_kwargs_from_env_flag": "left manual ('passes **kwargs in a module that "
                                                 "uses Azure'): MODEL_KWARGS is a module-level "
                                                 "literal set in the two branches of `if "
                                                 "USE_AZURE:` ({'engine': 'chat'} / {'model': "
                                                 "'gpt-3.5-turbo'}) and used only as "
                                                 "create(**MODEL_KWARGS): the keys could become "
                                                 "model= (deployment and renamed model) with an "
                                                 "AzureOpenAI or OpenAI client made in the same "
                                                 "branch",
    "rt12_guild_settings_nested_dict": "left manual ('the dict on line 8 also holds "
                                       "'temperature' ... remove or rename them where they are "
                                       "sent'): the per-guild dicts' temperature is read only at "
                                       "the one call as temperature=cfg[\"temperature\"], which "
                                       "could be dropped (as temperature=self.temperature is in "
                                       "rt9_persona_subclasses_class_attrs) and 'gpt-3.5-turbo' / "
                                       "'gpt-4' renamed; the call stays manual (its model may be "
                                       "a held one, found through the helper's return)",
    "rt12_status_command_shows_default_model": "wrong rewrite: DEFAULT_MODEL = \"gpt-3.5-turbo\" "
                                               "is sent as model= and also returned to the user in "
                                               "f\"... answering with {DEFAULT_MODEL}.\" (printed); "
                                               "it is renamed with no finding, so /status prints "
                                               "gpt-5.6-terra; a constant read in a reply string "
                                               "should stay 'not renamed' with a finding, as for "
                                               "models read in prints",
    "rt12_reply_footer_response_model": "wrong rewrite: the reply footer prints resp['model'] (the "
                                        "model that answered); the request moves to gpt-5.6-terra "
                                        "with no finding (response.model is only checked when "
                                        "used as a key or compared), so every footer changes; a "
                                        "printed response.model should keep the call's model "
                                        "'not renamed' with a finding, as a keyed one does",
    "rt13_settings_class_instance_other_module": "left manual ('cannot trace to a literal'): "
                                                 "config.py's Settings.__init__ sets "
                                                 "self.chat_model = os.getenv(..., "
                                                 "\"gpt-3.5-turbo\") and llm.py sends "
                                                 "model=settings.chat_model with max_tokens= and "
                                                 "temperature=0.5; following the instance "
                                                 "attribute across modules would rename both "
                                                 "with max_completion_tokens= at the call",
    "rt14_context_window_get_default_budget": "left manual ('code compares it or may look the "
                                              "old name up (line 18)'): MODEL reaches "
                                              "CONTEXT_WINDOW.get(model, 4096) through "
                                              "reply_budget's default; renaming it with a "
                                              "CONTEXT_WINDOW entry for the new model would run",
    "rt14_pkg_llm_chat_kwargs_functions_passthrough": "left manual ('passes **kwargs, which may "
                                                      "carry parameters gpt-5.6-terra rejects'): "
                                                      "llm.chat(messages, model=DEFAULT_MODEL, "
                                                      "**kwargs) is called only from agent.py, "
                                                      "with functions= and function_call= only; "
                                                      "the call is rewritten but the model kept, "
                                                      "so it stops at a 404; following callers "
                                                      "across modules (as for same-module ones) "
                                                      "would rename it",
    "rt14_pkg_prompts_build_request_dict": "left manual ('keeps its name there'): "
                                           "prompts.build_request() returns a dict literal used "
                                           "only by main.py's create(**request); its "
                                           "\"temperature\": 0 could be dropped, \"max_tokens\" "
                                           "renamed \"max_completion_tokens\" and the model "
                                           "renamed with the call",
    "rt15_models_compared_table_printed": "wrong rewrite: MODELS = [\"gpt-3.5-turbo\", \"gpt-4\"] "
                                          "is iterated by `for model in MODELS`, sent as model= "
                                          "and printed as the first column of the report; both "
                                          "entries are renamed (gpt-5.6-terra, gpt-5.6-sol) with "
                                          "no finding, so every row changes; a loop variable "
                                          "over a model list that is printed should keep the "
                                          "list 'not renamed' with a finding, as a printed "
                                          "argparse default is (rt15_banner_args_model_printed)",
    "rt15_params_dict_from_args_splat_completion": "left manual ('passes **kwargs (dynamic "
                                                   "arguments)'): params = dict(engine=args.engine,"
                                                   " max_tokens=args.max_tokens, top_p=args.top_p)"
                                                   " is built in the same function as "
                                                   "Completion.create(prompt=p, **params) from "
                                                   "argparse defaults; the same keywords passed "
                                                   "directly are rewritten (rt10_argparse_"
                                                   "completion_model_default_jsonl), so the dict's "
                                                   "keys could be renamed (model=, "
                                                   "max_completion_tokens=) with the default and "
                                                   "the call moved to chat",
    "rt15_pkg_eval_model_registry_classes": "left manual ('the model is computed at run time' / "
                                            "'passed to a function that may send it'): "
                                            "CompletionModel and ChatModel store their constructor "
                                            "argument as self.name (one assignment in __init__) "
                                            "and the only instances are REGISTRY's literal "
                                            "constructions; following the argument to self.name "
                                            "would rename both literals, move the Completion to "
                                            "chat, rename max_tokens and drop temperature=0; "
                                            "besides, run.py's registry key \"davinci\" in "
                                            "--models' default is reported as a retired model "
                                            "(GM001), a label taken for a model",
    "rt15_pool_map_repeat_model_arg": "left manual ('handed to code on line 31 that this scan does"
                                      " not follow'): pool.map(summarize, docs, "
                                      "itertools.repeat(args.model)) gives args.model as "
                                      "summarize's second positional argument on every call; the "
                                      "call is rewritten but the model kept (404); following "
                                      "map's iterables to the helper's parameters would rename "
                                      "the default with max_completion_tokens= at the call",
    "rt16_llm_from_env_classmethod": "left manual ('LLM() is also called with another model' / "
                                     "'the model goes through LLM() to the call on line 25'): "
                                     "from_env()'s cls(model=os.getenv(..., \"gpt-3.5-turbo\"), "
                                     "temperature=...) and the __init__ default both reach the "
                                     "call sending temperature=self.temperature, "
                                     "max_tokens=self.max_tokens; the only constructor call passes "
                                     "a retired model with the same target, so renaming both, "
                                     "dropping temperature= and renaming max_tokens= (with a note) "
                                     "would run",
    "rt16_base_llm_chat_and_completion_subclasses": "left manual ('the model goes through "
                                                    "BaseLLM() to the call on line 22, which sends "
                                                    "temperature=, max_tokens='): ChatLLM's default "
                                                    "is followed through super().__init__ to "
                                                    "self.model, but self.temperature/self.max_tokens "
                                                    "are BaseLLM's for every subclass (attributes "
                                                    "are keyed by name, not class); the chat call is "
                                                    "rewritten with the old model (404); dropping "
                                                    "temperature= and renaming max_tokens= in "
                                                    "ChatLLM's call alone would run",
    "rt16_params_dict_self_merged_overrides": "left manual ('the dict on line 9 also holds "
                                              "'max_tokens''): self.params is a literal built in "
                                              "__init__ and merged as {**self.params, "
                                              "**overrides}, and the only callers (same module) "
                                              "pass n=2 and max_tokens=4; renaming the key and the "
                                              "caller's keyword to max_completion_tokens would run "
                                              "(the call is rewritten and 404s as it stands)",
    "rt16_init_kwargs_stored_passed_through": "left manual ('passes **kwargs, which may carry "
                                              "parameters gpt-5.6-terra rejects'): "
                                              "self.generation_kwargs is __init__'s **kwargs, and "
                                              "the only callers (same module) pass nothing or "
                                              "max_tokens=3, which could be renamed "
                                              "max_completion_tokens=3 there (as "
                                              "rt12_helper_raw_flag_text_or_response)",
    "rt16_pkg_shared_client_instance": "left manual with a wrong reason ('the model goes to "
                                       "OpenAIClient() with max_tokens= ... which gpt-5.6-terra "
                                       "rejects'): __init__.py's OpenAIClient(model="
                                       "'gpt-3.5-turbo', max_tokens=30) stores both on self and "
                                       "the call sends max_tokens=self.max_tokens, which could "
                                       "become max_completion_tokens=; the call is rewritten "
                                       "with the old model (404)",
    "rt16_registry_of_wrapper_instances": "left manual ('passed to a function that may send it, "
                                          "compare it or look it up'): GPT('gpt-3.5-turbo') and "
                                          "GPT('gpt-4', max_tokens=5) pass the model "
                                          "positionally to __init__, which only stores it as "
                                          "self.model; the call is rewritten with the old models "
                                          "(404); the positional constructor argument should be "
                                          "traced as a keyword one is",
    "rt16_repr_shows_model_attr": "wrong rewrite: the __init__ default 'gpt-3.5-turbo' is also "
                                  "shown by __repr__ (f\"...model={self.model!r}\", printed); it "
                                  "is renamed with no finding, so the printed repr changes; a "
                                  "model read in a string should stay 'not renamed' (as "
                                  "rt5_model_literal_method_on_self_logged)",
    "rt16_model_attr_shown_by_other_module": "wrong rewrite: llm.py's __init__ default "
                                             "'gpt-3.5-turbo' is printed by main.py as llm.model "
                                             "and returned in {\"model\": self.model, ...} "
                                             "(json-dumped); it is renamed with no finding and "
                                             "both printed lines change",
    "rt17_moderation_flag_reasons_joined_in_api_order": "wrong rewrite: result[\"categories\"]"
                                                        ".items() becomes result.categories."
                                                        "model_dump(by_alias=True).items(), which "
                                                        "yields the SDK's field order (harassment "
                                                        "before hate), not the API's, so the joined "
                                                        "reasons print 'harassment, hate' instead "
                                                        "of 'hate, harassment' (the fix notes the SDK order); "
                                                        "reading the mapping in the API's order "
                                                        "(the raw JSON) would keep it",
    "rt17_moderation_all_scores_table_printed": "wrong rewrite: a table of every "
                                                "category_scores item is printed; the rewrite "
                                                "moves to omni-moderation (13 categories, "
                                                "illicit and illicit/violent added) and iterates "
                                                "model_dump() in the SDK's order, so the table "
                                                "changes (the fix notes the new categories); iterating every "
                                                "category of a moderation result should stay a "
                                                "finding (the category set changed)",
    "rt17_edit_params_dict_top_p_splat": "left manual ('passes **kwargs (dynamic arguments)'): "
                                         "EDIT_PARAMS is a module-level literal (model="
                                         "'text-davinci-edit-001', temperature=0.3, top_p=0.9) "
                                         "used only as Edit.create(input=, instruction=, "
                                         "**EDIT_PARAMS); renaming its model to gpt-4o and "
                                         "building messages= from input/instruction would run, "
                                         "as options dicts of chat calls are followed",
    "rt17_finetuning_status_report_jobs_files": "upload name, kept by choice: 0.x's File.create "
                                                "without user_provided_filename uploaded under "
                                                "the name 'file'; client.files.create(file=open("
                                                "\"scratch.jsonl\", \"rb\")) sends the path's "
                                                "name, so f.filename prints scratch.jsonl; "
                                                "file=(\"file\", ...) would print the same but "
                                                "the API tells file types by extension today "
                                                "(v0_files), so the rewrite keeps the real name",
    "rt17_whisper_options_dict_splat": "left manual ('passes **kwargs ... cannot check'): "
                                       "Audio.transcribe('whisper-1', f, **options) (options = "
                                       "{**WHISPER_OPTIONS, **overrides}, a literal dict of "
                                       "language/prompt/temperature, overrides only temperature= "
                                       "from the same module); the dict could hide "
                                       "response_format=, which decides the response's shape; "
                                       "following the dict and its callers would allow "
                                       "client.audio.transcriptions.create(model=..., file=f, "
                                       "**options)",
    "rt19_dlai_systems_moderation_printed": "wrong rewrite: print(moderation_output) of "
                                            "Moderation.create(...)[\"results\"][0] becomes "
                                            "print(_openai_object(moderation_output.to_dict())) "
                                            "with no finding; the request now lands on "
                                            "omni-moderation, so the printed JSON gains illicit, "
                                            "illicit/violent and category_applied_input_types "
                                            "and loses the API's key order (flagged first); a "
                                            "moderation result printed whole should stay a "
                                            "finding (the category set changed)",
    "rt21_completion_prompt_batches_of_n_choice_index": "left manual ('a list of prompts is a "
                                                        "batch'): prompt=[make_prompt(w) for w in "
                                                        "batch] is certainly a list and n is 1, "
                                                        "so one chat call per prompt with choices "
                                                        "indexed by prompt position serves the "
                                                        "choice.index placement and "
                                                        "len(response.choices)",
    "rt20_pkg_model_passed_from_main_ctor": "left manual ('constructor calls set ... rejects or "
                                            "renames temperature='): main.py passes MODEL = "
                                            "\"gpt-3.5-turbo\" positionally and model=\"gpt-4\" "
                                            "by keyword to ChatBot (bot/chatbot.py), which sends "
                                            "temperature=self.temperature; no caller passes "
                                            "temperature, so it is always the default 1.0, which "
                                            "the new models accept: both literals could be "
                                            "renamed and the call moved",
    "rt20_pkg_agent_main_and_summarizer_llms": "left manual ('agent.py:7 hands MAIN_MODEL to "
                                               "LLMClient(), which may compare it or look it up'): "
                                               "config.py's os.getenv(..., \"gpt-4\") / (..., "
                                               "\"gpt-3.5-turbo\") defaults go positionally to "
                                               "LLMClient(model) (llm.py), which only stores and "
                                               "sends self.model; the call is rewritten with the "
                                               "old models (404); both defaults could be renamed",
    "rt20_pkg_profiles_dict_factory_kwargs": "left manual ('the dict on line 2 also holds "
                                             "'max_tokens' ... remove or rename them where they are "
                                             "sent'): LLM_PROFILES' dicts are splatted into "
                                             "LLMClient(model, max_tokens=256), constructor "
                                             "parameters, and the call sends "
                                             "max_tokens=self.max_tokens, which could become "
                                             "max_completion_tokens= (as in "
                                             "rt20_pkg_agent_subclass_super_init_model); the call is "
                                             "rewritten with the old models (404)",
    "rt20_pkg_completion_writer_config_engine_stop": "left manual ('the model is computed at run "
                                                     "time'): ENGINE = os.getenv(..., "
                                                     "\"text-davinci-003\") in writer/config.py "
                                                     "reaches Completion(engine=self.engine) through "
                                                     "__init__'s default engine=config.ENGINE; the "
                                                     "same getenv default in the calling module "
                                                     "(rt11_completion_engine_getenv_default_stop) "
                                                     "is moved to chat with gpt-5.6-terra and "
                                                     "_cut_at_stop",
    "rt20_pkg_llm_mode_flag_default_models_dict": "left manual ('the model is computed at run "
                                                  "time' for the Completion call; 'the rename "
                                                  "would also change the arguments of the call on "
                                                  "line 26' for 'gpt-3.5-turbo'): self.model = "
                                                  "model or DEFAULT_MODELS[mode] picks per branch "
                                                  "(self.mode == 'chat' / 'completion'); the "
                                                  "ChatCompletion call is rewritten with the old "
                                                  "model (404); both dict values could go to "
                                                  "gpt-5.6-terra with the Completion call moved to "
                                                  "chat",
    "rt22_completion_n_equals_best_of_samples": "left manual ('Chat Completions has no best_of='): "
                                                "Completion(n=K, best_of=K) with K = 3 asks for "
                                                "every candidate the server generates, so dropping "
                                                "best_of= and keeping n=K on the chat call serves "
                                                "it (as best_of=1 is dropped today)",
    "rt22_params_dict_hash_key_json_cache": "left manual ('passes **kwargs (dynamic arguments)'): "
                                            "the params dict literal built in the calling "
                                            "function is also read by json.dumps(params, "
                                            "sort_keys=True) for a cache key, which blocks the "
                                            "rewrite of its entries (model, prompt -> messages, "
                                            "max_tokens -> max_completion_tokens); rewriting the "
                                            "dict only changes the key of a cache it fills itself",
    "rt23_abc_base_call_parse_chat_and_embedding": "left manual ('spreads a dict this scan cannot "
                                                   "see into'): ChatModel._create(**kwargs) is a "
                                                   "bare passthrough fed only by the base __call__ "
                                                   "as self._create(**self.request(x)), and "
                                                   "ChatModel.request returns {'model': "
                                                   "self.model_name, 'messages': [...]} with no "
                                                   "rejected parameter; the Embedding twin is "
                                                   "rewritten, so the program stops at the chat "
                                                   "call; model_name could be renamed and the call "
                                                   "moved to client.chat.completions.create",
    "rt23_dunder_call_completer_engine_class_attr": "left manual ('the call passes **kwargs "
                                                    "(dynamic arguments)', a misleading reason): "
                                                    "params is a dict literal built in __call__ "
                                                    "itself; the 'engine' key (not 'model') and "
                                                    "its value self.engine (a class attribute "
                                                    "'text-davinci-003') block the chat rewrite "
                                                    "(with \"model\": \"text-davinci-003\" it is "
                                                    "rewritten); engine -> model=gpt-5.6-terra, "
                                                    "prompt -> messages, max_tokens -> "
                                                    "max_completion_tokens in the dict would run",
    "rt23_logging_mixin_prints_self_model": "wrong rewrite: Summarizer's __init__ default "
                                            "'gpt-3.5-turbo' is renamed with no finding though "
                                            "LoggingMixin.log_call (another class, reached through "
                                            "self) prints f'[{self.model}] ...': the log line shows "
                                            "gpt-5.6-terra; a model read in a print through a "
                                            "mixin method should keep it 'not renamed' with a "
                                            "finding, as a print in the same class does",
    "rt23_sklearn_like_model_attr_beside_chat_class": "left manual ('code compares it or may look "
                                                      "the old name up (line 30)'): line 30 is "
                                                      "type(router.model).__name__, the "
                                                      "TicketRouter's scikit-learn-like "
                                                      "estimator, not ReplyWriter's self.model; "
                                                      "`.model` reads are matched by attribute "
                                                      "name across classes (without that print "
                                                      "the call and 'gpt-3.5-turbo' are "
                                                      "rewritten and run)",
    "rt23_utils_chat_kwargs_two_scripts": "left manual ('the call on line 11 also passes "
                                          "**kwargs, which may carry parameters gpt-5.6-terra "
                                          "rejects'): utils.chat's **kwargs is filled only by "
                                          "translate.py (temperature=0) and tagline.py "
                                          "(max_tokens=5), which import it; dropping "
                                          "temperature=0 and renaming max_tokens= to "
                                          "max_completion_tokens= at those callers would let "
                                          "DEFAULT_MODEL be renamed and the call rewritten",
    "rt24_azure_env_vars_set_before_import": "left manual ('its settings left to the environment "
                                             "or made elsewhere'): the module itself assigns "
                                             "os.environ[\"OPENAI_API_TYPE\"] = \"azure\", "
                                             "OPENAI_API_BASE, OPENAI_API_VERSION and "
                                             "OPENAI_API_KEY before `import openai`; an "
                                             "AzureOpenAI client built from those os.environ "
                                             "entries could serve model=DEPLOYMENT_NAME",
    "rt24_use_azure_flag_engine_constant_either": "left manual ('the module decides openai.api_type "
                                                  "at run time'), with a GM001 on the else-branch's "
                                                  "CHAT_ENGINE = \"gpt-3.5-turbo\" saying it 'names "
                                                  "an Azure deployment' although that branch is the "
                                                  "OpenAI one; a client made in each branch of `if "
                                                  "USE_AZURE:` (AzureOpenAI / OpenAI) with "
                                                  "model=CHAT_ENGINE, the OpenAI branch's model "
                                                  "renamed, would run",
    "rt24_use_azure_flag_two_call_branches": "left manual ('the module decides openai.api_type at "
                                             "run time'): configure() sets api_type under `if "
                                             "USE_AZURE:` and the two calls sit under the same "
                                             "module constant's `if USE_AZURE:` / else, so the "
                                             "engine= call can take an AzureOpenAI client and "
                                             "the model= call an OpenAI one (as "
                                             "azure_openai_switched_by_test does for tests of "
                                             "openai.api_type); only OPENAI_MODEL is renamed",
    "rt24_azure_provider_from_ini_section": "left manual ('the module decides openai.api_type at "
                                            "run time'): api_type is set under `if PROVIDER == "
                                            "\"azure\":` and the engine= / model= calls sit under "
                                            "the same test of the same module constant, so each "
                                            "branch's call can take its own AzureOpenAI / OpenAI "
                                            "client (same cause as "
                                            "rt24_use_azure_flag_two_call_branches)",
    "rt24_azure_acreate_per_call_settings_gather": "left manual ('the call computes its own "
                                                   "api_type='): api_type=AZURE[\"api_type\"] "
                                                   "reads a module-level dict literal never "
                                                   "reassigned (\"azure\"); an AsyncAzureOpenAI "
                                                   "client from AZURE's api_base/api_key/"
                                                   "api_version with model=\"chat\" (as for literal "
                                                   "per-call settings) would run",
    "rt24_azure_embedding_params_dict_deployment_id": "left manual ('passes **kwargs in a module "
                                                      "that uses Azure'): params is the dict "
                                                      "literal {\"deployment_id\": "
                                                      "EMBEDDINGS_DEPLOYMENT, \"input\": batch} "
                                                      "built on the line before "
                                                      "Embedding.create(**params) and read nowhere "
                                                      "else; its key could become \"model\" and the "
                                                      "call go to the AzureOpenAI client",
    "rt24_azure_functions_per_call_preview_version": "left manual ('api_version= is a per-call v0 "
                                                     "setting: move it to the client by hand') "
                                                     "while the per-call literal is still bumped "
                                                     "to 2024-02-01 and the other call moves to "
                                                     "the module's AzureOpenAI client: the "
                                                     "program stops at the 0.x call; "
                                                     "client.with_options(api_version=\"2024-02-01\")"
                                                     ".chat.completions.create(model=\"chat\", ...) "
                                                     "would serve it",
    "rt24_azure_kwargs_helper_splat_per_call": "left manual with a misleading reason ('an Azure "
                                               "deployment (its settings left to the environment "
                                               "or made elsewhere)'): the settings come with the "
                                               "call itself, **azure_kwargs() of a same-module "
                                               "function returning dict(api_type=\"azure\", "
                                               "api_base=..., api_key=..., api_version="
                                               "\"2023-05-15\"); an AzureOpenAI client built from "
                                               "that helper's values would serve model=\"chat\" "
                                               "and model=\"embeddings\"",
    "rt24_azure_tenant_keys_per_call_api_key": "left manual ('api_key= is a per-call v0 setting'): "
                                               "the other Azure settings are module-level "
                                               "literals/env reads and only api_key= "
                                               "TENANT_KEYS[tenant] is per call; an "
                                               "AzureOpenAI(azure_endpoint=..., api_version=..., "
                                               "api_key=TENANT_KEYS[tenant]) made at the call (as "
                                               "for per-call settings on self in "
                                               "rt24_azure_per_call_settings_class_attrs) would run",
    "rt25_first_gen_response_model_logged": "wrong rewrite: text-similarity-ada-001 is renamed to "
                                            "text-embedding-3-small (dimensions=1024) with no "
                                            "finding although the program prints resp['model'] "
                                            "(now resp.model) in its log line, so the output "
                                            "changes silently; a printed response model should "
                                            "keep a finding, as for rt12_reply_footer_response_model",
    "rt25_search_ada_doc_kwargs_dict_splat": "left manual with a misleading reason ('no call that "
                                             "sends it is in sight to ask for the size'): "
                                             "DOC_KWARGS = {\"model\": \"text-search-ada-doc-001\"} "
                                             "(and QUERY_KWARGS) are module-level literals spread "
                                             "only into Embedding.create(input=..., **DOC_KWARGS) "
                                             "in the same module; renaming the value and adding "
                                             "\"dimensions\": 1024 to the dict (or dimensions=1024 "
                                             "at the call) would run",
    "rt26_nb_model_global_printed_with_answer": "wrong rewrite: the top-level `model = "
                                                "\"gpt-3.5-turbo\"` / `model = \"gpt-4\"` "
                                                "(rebound between cells) are sent as model=model "
                                                "and printed by print(model + \":\", ...); both "
                                                "are renamed (gpt-5.6-terra / gpt-5.6-sol) with no "
                                                "finding, so the printed labels change (also with a "
                                                "single assignment and print(model, ...)); a model "
                                                "name read in a print should be held 'not renamed' "
                                                "with a finding",
    "rt26_nb_engine_global_printed_with_answer": "manual with a misleading reason: two top-level "
                                                 "`engine = ...` Completion models printed beside "
                                                 "each answer are left with 'the model comes from "
                                                 "engine, which is not a module constant', but "
                                                 "the same rebound engine without the print is "
                                                 "rewritten (rt26_nb_engine_global_two_completion_"
                                                 "models): the real obstacle is the printed model "
                                                 "name, which the finding should say ('not "
                                                 "renamed: ... printed on line 8')",
    "rt27_user_profile_settings_splat_defaults": (
        "left manual ('it spreads **settings, which the fix cannot trace, and the dict on "
        "line 7 holds gpt-3.5-turbo, shut down and kept there'; before, a half-done rewrite: "
        "the call moved while DEFAULTS kept its dead model, a 404): follow the dict(DEFAULTS) "
        "copy profile() returns and its .update(max_tokens=4), then rename the model and move "
        "max_tokens with the call"),
    "rt28_pkg_class_level_usage_counter_three_subclasses": "left manual and stops at a 404: the "
                                                           "sibling classes ChatLLM, CompletionLLM "
                                                           "and EmbeddingLLM each set self.model "
                                                           "in their own __init__, but ChatLLM's "
                                                           "'gpt-3.5-turbo' is said to be 'used "
                                                           "at' all three calls, so it is not "
                                                           "renamed because of the Completion "
                                                           "call (whose model is then 'computed "
                                                           "at run time'); the chat call is "
                                                           "rewritten with the old model; self.model"
                                                           " should be resolved per class",
    "rt28_pkg_json_cache_fresh_or_cached_subscripts": "left manual ('hands it to code this scan "
                                                      "does not follow (line 13)'): self.model is "
                                                      "only hashed into a cache key by "
                                                      "JsonCache.key in cache.py besides being "
                                                      "sent; following the call would allow the "
                                                      "rename, with the whole response stored as "
                                                      "a dict (the _openai_object shim json-dumps "
                                                      "and subscripts like the cached dicts)",
    "rt28_pkg_model_registry_dataclass_specs_budget": "left manual ('goes into ModelSpec(), and "
                                                      "no call that sends it from there is in "
                                                      "sight') and stops at a 404: llm.py sends "
                                                      "MODELS[tier].name (spec = MODELS[...]; "
                                                      "model=spec.name) with no rejected "
                                                      "parameter, yet the chat call is rewritten "
                                                      "while the positional ModelSpec literals "
                                                      "keep their retired names",
    "rt30_except_chain_http_status_per_request": "left manual ('sends a model this scan cannot trace (model=model)'): "
                                                 "the REQUESTS tuples' models reach create(model=model, ..., "
                                                 "temperature=0) through run(*request); following the unpacking would "
                                                 "let them be renamed with temperature=0 dropped",
    "rt30_acreate_gather_return_exceptions_http_status": "left manual and stops at a 404: the isinstance-narrowed "
                                                         "result.http_status is now read as getattr(result, 'status_code', "
                                                         "None), but the JOBS tuples' models stay 'not renamed' (handed to code "
                                                         "this scan does not follow) while acreate is rewritten; following the "
                                                         "tuples unpacked in the loop to the call would let them be renamed",
    "rt30_http_body_json_loads_error_fields": "left manual ('reads e.http_body ... read "
                                              "e.response.text'): json.loads(e.http_body) of a "
                                              "caught InvalidRequestError has a certain 1.x form, "
                                              "json.loads(e.response.text), which the finding "
                                              "itself names; the call is rewritten, so the except "
                                              "clause stops at openai.error (AttributeError)",
    "rt30_errors_collected_list_report_later": "left manual ('keeps e (in a container or another name), and line 29 "
                                               "reads .http_status'): the except clause stays 0.x while the call is "
                                               "rewritten, so the program stops at openai.error; following the kept "
                                               "exception into the loop over failures and reading getattr(err, "
                                               "'status_code', None) there would run",
    "rt32_pkg_factory_settings_n_choices": "left manual ('its model is GenerationSettings.model of "
                                           "config.py ... rejects or renames temperature=, "
                                           "max_tokens='): the field(default=...) model reaches "
                                           "generator.py's call only through factory.py's "
                                           "TaglineGenerator(model=gen.model, ...); dropping "
                                           "temperature= and renaming max_tokens= at that call "
                                           "would let the default be renamed",
    "rt32_pkg_lru_cache_plain_settings_two_modules": "left manual ('summarize.py:9 sends "
                                                     "Settings.chat_model with temperature=, "
                                                     "max_tokens='): Settings.__init__'s "
                                                     "os.getenv default reaches both calls through "
                                                     "get_settings(); dropping temperature= and "
                                                     "renaming max_tokens= at summarize.py's call "
                                                     "would let the default be renamed",
    "rt32_chat_class_init_defaults_callers_override": "left manual with a stale reason ('the model "
                                                      "goes to Chat() with temperature= (line 9), "
                                                      "which gpt-5.6-sol rejects where they reach "
                                                      "the API'): the same fix drops "
                                                      "temperature=self.temperature from the call "
                                                      "and renames the __init__ default, so the "
                                                      "caller's temperature=0 no longer reaches the "
                                                      "API; main.py's Chat(model=\"gpt-4\") keeps "
                                                      "its name and stops at a 404 where renaming "
                                                      "it to gpt-5.6-sol would run",
    "rt32_argparse_defaults_chat_class_other_module": "left manual ('handed to code on line 16 that "
                                                      "this scan does not follow'): the argparse "
                                                      "defaults go positionally into "
                                                      "assistant.py's Chat(model, temperature, "
                                                      "max_tokens), which only stores and sends "
                                                      "them; the call is rewritten but the model "
                                                      "kept (404); following the constructor across "
                                                      "modules would rename the default with "
                                                      "max_completion_tokens= and temperature "
                                                      "dropped (or a 'temperature' finding)",
    "rt32_pkg_base_llm_registry_chat_and_completion": "left manual ('hands it to code this scan "
                                                      "does not follow (line 11)' and 'the model "
                                                      "is computed at run time'): each subclass's "
                                                      "model_name default reaches self.model_name "
                                                      "through super().__init__(model_name, "
                                                      "**kwargs) into llms/base.py's BaseLLM; the "
                                                      "chat call is rewritten with temperature=/"
                                                      "max_tokens= kept and stops at a 404; "
                                                      "following super().__init__ would rename "
                                                      "both defaults (the Completion moved to chat "
                                                      "with its stop emulated)",
    "rt32_argparse_namespace_on_self_completion_engine": "left manual ('the model is computed at "
                                                         "run time'): the Namespace is kept whole "
                                                         "as self.args and sent as "
                                                         "engine=self.args.engine; its only source"
                                                         " is main.py's --engine default "
                                                         "'text-davinci-003', which could move to "
                                                         "gpt-5.6-terra with the call moved to "
                                                         "chat (as the same-module "
                                                         "rt10_argparse_completion_model_default_"
                                                         "jsonl is)",
    "rt32_dataclass_default_factory_stop_completion_qa": "left manual with a misleading reason "
                                                         "('the model is computed at run time'): "
                                                         "engine=self.settings.engine comes from "
                                                         "CompletionSettings.engine = "
                                                         "'text-davinci-003' (self.settings = "
                                                         "settings or CompletionSettings()), a "
                                                         "literal default; moving the call to "
                                                         "chat on gpt-5.6-terra with the stop list"
                                                         " emulated and max_completion_tokens= "
                                                         "would run",
    "rt32_settings_instance_imported_alias_stop_none_n": "left manual ('rejects or renames "
                                                         "max_tokens=, stop='): cfg.stop is the "
                                                         "class attribute None, which sends no "
                                                         "stop, and max_tokens=cfg.max_tokens "
                                                         "only needs max_completion_tokens= (as "
                                                         "for the rt28 settings cases); renaming "
                                                         "chat_model to gpt-5.6-terra would run",
    "rt33_shelve_cache_chat_answers_two_runs": "left manual ('hands it to code this scan does not "
                                               "follow (line 22)'): the model parameter default "
                                               "\"gpt-3.5-turbo\" also goes to cache_key() in the "
                                               "same module, which only json.dumps it into an md5 "
                                               "shelve key and never compares or prints it; the "
                                               "default could be renamed to gpt-5.6-terra (temperature "
                                               "dropped from the call, kept in the key) and the call "
                                               "moved",
    "rt34_similarity_babbage001_near_duplicate_groups": "left manual ('text-embedding-3-small cannot "
                                                        "return 2048-d vectors ... resize the vector "
                                                        "store'): the text-similarity-babbage-001 "
                                                        "vectors are only compared with each other "
                                                        "in the same run (no store, size never "
                                                        "read), so text-embedding-3-small would do, "
                                                        "or text-embedding-3-large with "
                                                        "dimensions=2048 keeps the size exactly",
    "rt16_dataclass_config_to_client": "left manual ('the dict on line 19 also holds 'stop''): "
                                       "kwargs = dict(model=self.config.model, ...) gets "
                                       "kwargs[\"stop\"] stored under `if self.config.stop:`, "
                                       "which gpt-5.6-terra rejects; the stop list is "
                                       "field(default_factory=list) and no caller passes one, "
                                       "so the store never runs and the dict's keywords alone "
                                       "could change (temperature dropped, "
                                       "max_completion_tokens)",
    "rt36_dict_defaults_kw_merge_callers_override": "left manual ('the dict on line 3 also "
                                                    "holds 'temperature', 'max_tokens''): the "
                                                    "module's DEFAULTS = dict(model=..., "
                                                    "temperature=0.7, max_tokens=150) is merged "
                                                    "as dict(DEFAULTS, **overrides) with the "
                                                    "same-module callers' max_tokens=6 and "
                                                    "temperature=0; renaming those keywords "
                                                    "with the dict's (max_completion_tokens, "
                                                    "temperature dropped) would run; the call "
                                                    "is moved and stops at a 404",
    "rt36_params_copy_update_cli_flags": "left manual ('the dict on line 8 also holds "
                                         "'max_tokens' ... remove or rename them where they are "
                                         "sent'): every write of max_tokens is in sight in the "
                                         "module (BASE_PARAMS literal, "
                                         "params.update(max_tokens=400), "
                                         "params.update({\"max_tokens\": 5}) on its .copy() in "
                                         "build_params, returned and spread into the one call), "
                                         "so all three could become max_completion_tokens and "
                                         "the model be renamed; the call is rewritten and stops "
                                         "at a 404",
    "rt36_request_timeout_setdefault_kwargs": "left manual ('spells request_timeout as a dict "
                                              "key or keyword ... rename it where the dict is "
                                              "built'): translate()'s "
                                              "kwargs.setdefault(\"request_timeout\", 30) and "
                                              "its same-module callers' request_timeout=10/60 "
                                              "are all in sight, so they could become "
                                              "\"timeout\"/timeout= and gpt-4 renamed (kwargs "
                                              "then carries only the timeout); as it is, gpt-4 "
                                              "also stays 'not renamed' for **kwargs",
    "rt36_assistant_class_init_sets_key_defaults_kwargs": "left manual ('the model goes into "
                                                          "Assistant(), and no call that sends "
                                                          "it from there is in sight'): the call "
                                                          "is in the same class, ask() spreads "
                                                          "{**self.defaults, **kw} where "
                                                          "self.defaults is __init__'s "
                                                          "**defaults (model=, max_tokens=30 "
                                                          "from the one construction) and the "
                                                          "only kw is max_tokens=5; renaming the "
                                                          "model and both max_tokens= keywords "
                                                          "would run; the call is rewritten and "
                                                          "stops at a 404",
    "rt36_credentials_dict_splat_per_call": "left manual ('spells organization as a dict key ... "
                                            "take it out where the dict is built'): "
                                            "**credentials() spreads a same-module function's "
                                            "dict whose only keys are 'api_key' and "
                                            "'organization', so "
                                            "OpenAI(**credentials()).chat.completions.create(...) "
                                            "without the spread would run, and gpt-3.5-turbo "
                                            "(kept for '**kwargs may carry parameters') could be "
                                            "renamed with max_completion_tokens=30",
    "rt38_pkg_error_user_message_helper_other_module": "wrong reason: app/errors.py's friendly(e) "
                                                       "reads e.http_status and e.user_message; "
                                                       "the GM202 finding on app/llm.py's except "
                                                       "clause names only .http_status ('read "
                                                       "e.status_code there, then rename the "
                                                       "exception'), so following it still "
                                                       "fails on e.user_message (with "
                                                       "user_message alone it is named); the "
                                                       "finding should list every 0.x-only "
                                                       "attribute the helper reads",
    'rt40_pkg_star_import_settings_two_modules': 'left manual with a wrong reason (\'the model comes from COMPLETION_ENGINE, which is not a module constant\'): bot/titles.py gets COMPLETION_ENGINE = "text-davinci-003" from `from .settings import *`, the same star import through which replies.py\'s CHAT_MODEL is renamed; the Completion move should resolve star imports too',
    "rt40_pkg_helpers_default_model_from_config": "left manual and stops at a 404: config.py's "
                                                   "DEFAULT_CHAT_MODEL and main.py's "
                                                   "model=\"gpt-4\" are held ('helpers.py:9 "
                                                   "sends ... with temperature=') while "
                                                   "helpers.py's calls are moved; every model "
                                                   "reaching get_completion(prompt, "
                                                   "model=DEFAULT_CHAT_MODEL, temperature=0) "
                                                   "moves under the same rule, so dropping "
                                                   "temperature= there (max_completion_tokens= "
                                                   "for max_tokens=) and renaming both would run",
    'rt40_pkg_init_reexports_ask_and_chat': 'needlessly manual: llm.py\'s Completion(model=COMPLETION_MODEL) is moved to chat.completions, but config.py\'s COMPLETION_MODEL = os.getenv(..., "text-davinci-003") (imported with `from .config import`) keeps its default, so the call stops at a 404; the getenv default is renamed to gpt-5.6-terra in a single module and CHAT_MODEL\'s is renamed across modules, the completion one should be too (the remaining finding does not say why it was not)',
    "rt40_pkg_task_models_dict_dynamic_key": "left manual ('tasks.py:9 sends TASK_MODELS[task] "
                                             "with max_tokens='): the call is moved with the "
                                             "models kept and stops at a 404; every model of "
                                             "TASK_MODELS moves under the same rule, so "
                                             "max_completion_tokens= at that call with the "
                                             "three entries renamed would run",
    'rt40_pkg_writer_subclass_overrides_engine_attr': 'needlessly manual: writers/base.py\'s Writer.engine = "text-davinci-003" is renamed and Completion(engine=self.engine) moved to chat, but writers/kinds.py\'s CheapWriter.engine = "text-curie-001" (a subclass in another module) keeps its name with a bare GM001, so CheapWriter().write() stops at a 404; overriding class attributes of a class whose call is moved should be renamed with it (chat subclasses in another module are)',
    "rt40_scripts_eval_runner_models_list": "left manual and stops at a 404: evals/models.py's "
                                            "CANDIDATES are held ('runner.py:9 sends "
                                            "CANDIDATES with temperature=, max_tokens=') while "
                                            "ask()'s call is moved; every model the loop hands "
                                            "it moves under the same rule, so dropping "
                                            "temperature=0 and renaming max_tokens= there with "
                                            "both items would run",
    "rt40_pkg_rag_dataclass_config_defaults_constants": "left manual and stops at a 404: "
                                                        "constants.py's CHAT_MODEL is held "
                                                        "('pipeline.py:23 sends "
                                                        "RAGConfig.chat_model with max_tokens=') "
                                                        "while the call is moved; renaming it "
                                                        "with max_completion_tokens= at that "
                                                        "call (the only model reaching it) "
                                                        "would run",
    "rt43_pkg_model_enum_parsed_from_cli_default": "left manual, stops at a 404: cli.py's "
                                                   "DEFAULT_MODEL is held with ChatModel's "
                                                   "members ('models.py:9 compares a model with "
                                                   "gpt-3.5-turbo'; ChatModel(args.model) looks "
                                                   "them up by value) while chat.py's call is "
                                                   "moved; the default, main.py's argv literal, "
                                                   "the members and max_completion_tokens= at "
                                                   "the call could move together",
    "rt43_pkg_model_info_dataclass_kind_dispatch": ("left manual, stops at a 404: "
                                                      "modelhub/defaults.py's DEFAULT_CHAT is held "
                                                      "with catalog.py's ModelInfo rows (main.py "
                                                      "walks it in a tuple into run(), which looks "
                                                      "it up in the catalog) while run.py's chat "
                                                      "call is moved; the default and the catalog "
                                                      "row could be renamed together"),
    "rt43_pkg_settings_dataclass_post_init_allowed": ("left manual, stops at a 404: main.py's "
                                                        "Settings(chat_model=\"gpt-4\") is held "
                                                        "with the field (Settings.__post_init__ "
                                                        "tests it against ALLOWED_CHAT_MODELS) "
                                                        "while engine.py's calls move with "
                                                        "self.settings.chat_model; the frozenset, "
                                                        "the default and the keyword could be "
                                                        "renamed together (every reader is "
                                                        "__post_init__'s membership test)"),
    "rt43_pkg_argparse_choices_from_supported_tuple": ("left manual, stops at a 404: "
                                                         "quickgpt/models.py's DEFAULT_MODEL is "
                                                         "held (cli.py hands args.model, its "
                                                         "option's value, to complete()) while "
                                                         "the SUPPORTED_MODELS choices are "
                                                         "renamed and api.py's call is moved; "
                                                         "every model reaching complete() moves "
                                                         "under one rule, so renaming both and "
                                                         "sending max_completion_tokens= there "
                                                         "would run"),
    "rt43_pkg_supported_models_list_validate": "needlessly manual, stops at a 404: cli.py's "
                                               "DEFAULT_MODEL/STRONG_MODEL are held ('hands "
                                               "DEFAULT_MODEL to ask(), which may compare it') and "
                                               "chatkit/models.py's SUPPORTED_CHAT_MODELS list is "
                                               "held for its `not in` test while ask()'s call is "
                                               "moved; a membership list of the project's own "
                                               "names can be renamed with the constants, as the "
                                               "argparse choices= tuple of "
                                               "rt43_pkg_argparse_choices_from_supported_tuple is",
    "rt43_pkg_aliases_then_timeout_table": "needlessly manual, stops at a 404: askbot/settings.py's "
                                           "MODEL_ALIASES values are held because REQUEST_TIMEOUT "
                                           "and RETRIES in the same module are keyed by the same "
                                           "names ('a key or a compared value'), while llm.py's "
                                           "call is moved; the alias values and both tables' keys "
                                           "(every reader is llm.py's model = resolve(alias)) "
                                           "could be renamed together",
    "rt44_pkg_cache_key_builder_passed_in": ("needlessly manual: cachekit/chat.py's default "
                                             "'gpt-3.5-turbo' is held because it also goes to "
                                             "self.keys.key(model=..., temperature=..., "
                                             "max_tokens=...), the project's own "
                                             "KeyBuilder.key (it only builds a cache key), so "
                                             "the create call keeps the dead model; the model "
                                             "could be renamed everywhere and only the create "
                                             "call's keywords changed"),
    "rt44_pkg_json_file_cache_decorator_responses": "needlessly manual, stops at a 404: "
                                                    "faqbot/llm.py:13's model=\"gpt-3.5-turbo\" "
                                                    "passed with max_tokens=16 to complete() is "
                                                    "held ('that function's parameters are its "
                                                    "own'), but complete(**kwargs) only returns "
                                                    "ChatCompletion.create(**kwargs) (the "
                                                    "response is already wrapped for the JSON "
                                                    "cache); renaming the model with "
                                                    "max_completion_tokens=16 at the caller "
                                                    "would run, as it does for a method "
                                                    "pass-through (rt16_passthrough_method_"
                                                    "kwargs_retry); the same without the "
                                                    "decorator is held too",
    "rt45_pkg_cli_choices_settings_selfcheck_argv": "left manual, stops at a 404: settings.py's "
                                                    "DEFAULT_MODEL, cli.py's choices and "
                                                    "main.py's argv literal are held ('it is a "
                                                    "value of --model, which cli.py:10 parses "
                                                    "and hands on: llm.py:8 sends model with "
                                                    "max_tokens=') while llm.py's call is moved "
                                                    "keeping max_tokens=; the constant, both "
                                                    "choices and the argv literal could move "
                                                    "together with max_completion_tokens= at "
                                                    "llm.py:10 (checks.py only tests the "
                                                    "default against the choices)",
    "rt45_pkg_wrapper_singleton_factory_explicit_params": (
        "needlessly manual: app.py:5's get_llm().complete(..., model='gpt-4', max_tokens=5) "
        "keeps gpt-4 ('that function's parameters are its own'): complete is the project's "
        "own method (llm/chat.py:9, explicit max_tokens, already forwarded as "
        "max_completion_tokens=max_tokens), so renaming only the model there would run"),
    "rt47_pkg_async_client_class_defaults_semaphore": (
        "needlessly manual ('the dict on line 10 also holds temperature'): AsyncChat.defaults "
        "= {'model': 'gpt-3.5-turbo', 'temperature': 0.3} and the subclass's {'model': "
        "'gpt-4', 'temperature': 0} are class-attribute dicts spread only into "
        "ChatCompletion.acreate(**{**self.defaults, **overrides}) (the one override is "
        "max_tokens=4 from main through ask_all); dropping temperature from both, renaming "
        "and max_completion_tokens=4 at the caller would run; the call is moved to "
        "AsyncOpenAI, so the fixed run stops at 404"),
    "rt47_pkg_cache_layer_dict_and_lru_embeddings": (
        "needlessly manual ('the call passes **kwargs (dynamic arguments)'): "
        "cachelayer/llm.py's cached_completion(prompt, model=COMPLETION_MODEL, **params) "
        "forwards **params to Completion.create (and to PromptCache.key, which only hashes "
        "them); its only callers (main.py) pass max_tokens=16/3 and temperature=0 by keyword, "
        "so the chat form with max_completion_tokens= would run; the Embedding call beside it "
        "is rewritten"),
    "rt47_pkg_dataclass_params_subclass_replace_asdict": (
        "left manual, stops at a 404: tasks/params.py's field defaults model='gpt-3.5-turbo' "
        "(ChatParams) and 'gpt-4' (PreciseParams) are held ('the model is a field of ChatParams, "
        "which the call on line 11 turns whole into a dict (asdict) with its other fields, such "
        "as temperature=, max_tokens=') while runner.py's call is moved; renaming the models, the "
        "max_tokens field to max_completion_tokens and dropping temperature would run"),
    "rt47_pkg_eval_harness_labelled_models_response_model_check": (
        "needlessly manual ('runner.py:30 reads MODELS whole'): evals/config.py's MODELS dict "
        "(label -> gpt-3.5-turbo / gpt-4 / gpt-4-0613) is iterated with .items() and its "
        "values only reach model= of one ChatCompletion (max_tokens=config.MAX_TOKENS, "
        "temperature=config.TEMPERATURE 0.0) and a response['model'] == model check; renaming "
        "the values with max_completion_tokens= and no temperature at the call would run; the "
        "call is moved to the client, so the fixed run stops at 404"),
    "rt47_pkg_kwargs_three_layers_defaults_merge": (
        "needlessly manual and partly wrong: app/client.py's DEFAULTS {'model': "
        "'gpt-3.5-turbo', 'temperature': 0.7, 'max_tokens': 150} is held ('the dict also "
        "holds ...') and so is main.py:7's summarize(model='gpt-4', max_tokens=5), but "
        "main.py:10's service.title(ARTICLE, model='gpt-4') is renamed to gpt-5.6-sol with no "
        "finding although title() injects max_tokens=6 and the DEFAULTS merge adds "
        "temperature=0.7 on the way to ChatCompletion.create(**payload) (400 once DEFAULTS is "
        "fixed by hand); the fixed run stops at 404 on gpt-3.5-turbo first"),
    "rt47_pkg_memory_summarizer_usage_budget_trim": (
        "needlessly manual ('assistant.py:20 sends ASSISTANT_MODEL with temperature='): "
        "convo/assistant.py's Assistant(model=settings.ASSISTANT_MODEL 'gpt-4') sends "
        "ChatCompletion(model=self.model, temperature=0.4) and no caller passes another "
        "model; the Completion in convo/memory.py beside it is moved to chat with its "
        "temperature dropped, so dropping temperature=0.4 and renaming would run; the fixed "
        "run stops at 404"),
    "rt47_pkg_provider_registry_decorator_class_params": (
        "needlessly manual ('the call passes **kwargs'): llmkit/base.py's BaseLLM.params() "
        "builds {'model': self.model, 'temperature': ..., 'max_tokens': ...} from class "
        "attributes that llmkit/providers.py's @register'ed subclasses override "
        "(text-davinci-003; gpt-3.5-turbo with temperature 0; gpt-4 with max_tokens 5), "
        "spread into Completion.create(prompt=, **self.params(...)) and "
        "ChatCompletion.create(...); the chat call is moved to the client with gpt-3.5-turbo "
        "kept (404); renaming the class attributes, max_completion_tokens in params(), no "
        "temperature and the Completion in the chat form would run"),
    "rt47_pkg_retry_timing_decorators_error_tuple": (
        "needlessly manual ('the call on line 14 also passes **kwargs, which may carry "
        "parameters'): resilient/llm.py's ask(question, model=MODEL, **kwargs) forwards "
        "**kwargs to ChatCompletion.create and its only callers (main.py) pass nothing or "
        "max_tokens=2; the openai.error tuple and except clauses are rewritten, the call is "
        "moved to the client with gpt-3.5-turbo kept, so the fixed run stops at 404 (held the "
        "same without the @timed/@retry decorators)"),
    "rt47_pkg_summarizer_env_engine_completion_template": (
        "needlessly manual ('the call passes **kwargs (dynamic arguments)'): "
        "summarizer/core.py's Summarizer._complete(prompt, **extra) sends "
        "Completion.create(engine=self.engine, ..., temperature=0.3, **extra) and the only "
        "sender of extra is the same class's bullets() with stop=['\\n\\n']; the chat form with "
        "max_completion_tokens=, no temperature and the stop emulated as for a literal stop= "
        "would run; nothing changes (APIRemovedInV1)"),
    "rt47_pkg_dataclass_field_env_default_explicit_sampling": (
        "left manual, stops at a 404: svc/config.py's LLMConfig field model = "
        "field(default_factory=lambda: os.getenv('SVC_MODEL', 'gpt-4')) is held ('labeler.py:13 "
        "sends LLMConfig.model with temperature=, max_tokens=') while labeler.py's call is moved; "
        "the field, max_completion_tokens= and no temperature at that call could move together"),
    "rt47_pkg_partial_factories_registry_sampling": (
        "needlessly manual ('the model goes to partial() with temperature= ... that "
        "function's parameters are its own'): llmreg/registry.py's functools.partial(ChatLLM, "
        "model='gpt-3.5-turbo', temperature=0) and partial(ChatLLM, model='gpt-4', "
        "temperature=0.3, max_tokens=6) bind llmreg/chat.py's ChatLLM.__init__, whose values "
        "only reach a kwargs dict spread into ChatCompletion.create(**kwargs) (max_tokens "
        "added when set); the partial is read as an opaque function, so nothing changes "
        "(APIRemovedInV1); renaming, no temperature and max_completion_tokens in the dict "
        "would run"),
    "rt47_pkg_pool_map_method_class_attr_stop": (
        "needlessly manual ('the fix cuts the reply at the stop sequence only where stop= is "
        "written out, a parameter or a module constant that nothing reassigns'): "
        "extract/base.py's Extractor._one sends Completion.create(model=self.model "
        "'text-davinci-003', stop=self.stop, max_tokens=self.max_tokens, temperature=0), with "
        "stop a class attribute that extract/kinds.py's DateExtractor overrides; the cut is "
        "made at run time, so _cut_at_stop(text, self.stop) would serve every subclass; "
        "nothing changes (APIRemovedInV1)"),
    "rt48_tutorial_moderation_categories_printed_in_order": "result['categories'].items() becomes "
                                                            "result.categories.model_dump(by_alias="
                                                            "True).items(): the SDK's field order "
                                                            "(harassment before hate), not the "
                                                            "API's, so the triggered categories "
                                                            "print as ['harassment', 'hate'] "
                                                            "instead of ['hate', 'harassment'], "
                                                            "with no finding",
    "rt48_tutorial_print_whole_chat_response": "print(response) of a whole ChatCompletion becomes "
                                               "print of _openai_object(...to_dict()) with no "
                                               "finding: the printed JSON now names model "
                                               "gpt-5.6-terra and gains system_fingerprint (and "
                                               "another id/created); the call should stay with a "
                                               "finding that the response is printed whole (as "
                                               "rt19_dlai_systems_moderation_printed asks)",
    "rt48_tutorial_completion_choice_printed_whole": "wrong rewrite: a Completion(text-davinci-003) "
                                                     "moved to chat keeps "
                                                     "print(response[\"choices\"][0]) as "
                                                     "print(response.choices[0].to_json()) with no "
                                                     "finding: 0.x printed the completion choice "
                                                     "(text, index, logprobs, finish_reason), the "
                                                     "fix prints a chat choice (finish_reason, "
                                                     "index, logprobs, message{content, refusal, "
                                                     "role}); a choice printed whole should stay a "
                                                     "finding when the call changes API",
    "rt49_error_status_table_isinstance_loop": (
        "left manual, stops at the 0.x class left in place: the row "
        "(openai.error.InvalidRequestError, 400, ...) of ERROR_TABLE (unpacked by `for cls, "
        "status, text in ERROR_TABLE` and tested with isinstance) stays manual ('openai>=1 raises "
        "NotFoundError for a 404 ... use (openai.BadRequestError, openai.NotFoundError) by "
        "hand'): the two classes fit in one nested tuple where every read of the row's item is an "
        "isinstance/except test, which the fix does not check yet"),
    "rt49_azure_settings_contextmanager_restore": (
        "wrong rewrite: a contextmanager saves (api_type, api_base, api_version, api_key), sets "
        "Azure values for the with-block and restores them; api_base is renamed to "
        "openai.azure_endpoint everywhere and the OpenAI call outside the block gets "
        "OpenAI(base_url=openai.azure_endpoint), which the 1.x module fills from "
        "AZURE_OPENAI_ENDPOINT: the OpenAI request goes to the Azure host without /v1 (404 "
        "Invalid URL (POST /chat/completions))"),
    "rt49_lookalike_settings_namespace_openai_attr": (
        "wrong rewrite of a look-alike: no SDK anywhere; SimpleNamespace(api_version="
        "'2023-03-15-preview', ...) bound to a local name `openai`, and even "
        "`search = SimpleNamespace(api_version='2023-07-01-preview', index='docs')` (another "
        "service's version), are rewritten to '2024-02-01' (GM106) with no finding left: the "
        "printed settings change"),
    "rt49_error_byok_key_check_model_list": (
        "wrong rewrite (silent): `except openai.error.AuthenticationError as e` reads "
        "`e.code or 'rejected'`; 0.28 built AuthenticationError (like RateLimitError, "
        "APIError) without the body's code, so e.code was None, while 1.x's "
        "AuthenticationError.code is 'invalid_api_key': the printed reason changes with no "
        "finding (only InvalidRequestError's e.code carries over unchanged)"),
    "rt49_azure_ad_token_refreshed_before_calls": (
        "needlessly manual, with a wrong reason: api_type = 'azure_ad' is a literal set once at "
        "import, but because openai.api_key (the AD token) is assigned inside ensure_token(), "
        "the finding says 'the module decides openai.api_type at run time'; with "
        "api_type='azure' the same module is rewritten to a per-call AzureOpenAI(api_key="
        "openai.api_key, ...), and AzureOpenAI(azure_ad_token=openai.api_key, ...) would run"),
    "rt49_azure_ad_per_call_beside_openai_default": (
        "needlessly manual: review() passes api_type=AZURE['api_type'] (a module dict literal "
        "'azure_ad' never reassigned), api_base, api_version and api_key=ad_token() per call: "
        "'the call computes its own api_type='; with api_type='azure_ad' written out it is "
        "still manual ('create AzureOpenAI(... azure_ad_token=...) for it by hand'), although "
        "module-level azure_ad and per-call api_type='azure' are rewritten; the draft call is "
        "rewritten, so the program stops at APIRemovedInV1"),
    "rt49_azure_timeout_fallback_openai_per_call": (
        "needlessly manual: the fallback call splats **FALLBACK, a module-level dict literal "
        "{'api_type': 'open_ai', 'api_base': os.environ[...], 'api_key': ..., 'api_version': "
        "None} never reassigned: 'passes **kwargs in a module that uses Azure'; with the same "
        "four keywords written out the call becomes OpenAI(base_url=..., api_key=...) and runs"),
    "rt49_azure_stream_function_kwargs_dict_deltas": (
        "needlessly manual: ChatCompletion(engine='chat', stream=True, **kwargs) where kwargs is "
        "a local dict that is either {} or {'functions': [...], 'function_call': {...}}: 'passes "
        "**kwargs in a module that uses Azure: on Azure they name the deployment'; the deployment "
        "is already given by engine= and the dict's keys are literals"),
    "rt49_azure_partial_create_bound_deployment": (
        "needlessly manual: functools.partial(openai.ChatCompletion.create, engine='chat', "
        "temperature=0, max_tokens=40) on an Azure deployment (no model rename, so no parameter "
        "changes) and partial(openai.Embedding.create, engine='embeddings'), called only in the "
        "same module with messages=/input=: 'passed as a value to functools.partial, whose "
        "result is called elsewhere'; partial(client.chat.completions.create, model='chat', ...) "
        "would run"),
    "rt49_error_class_positional_arg_helper": (
        "needlessly manual: openai.error.InvalidRequestError passed positionally to the "
        "module's own call_or_default(fn, error_class, default, log), whose parameter only "
        "reaches `except error_class as exc`: 'where this value is caught or tested, use "
        "(openai.BadRequestError, openai.NotFoundError) by hand'; passing that tuple in its "
        "place would run (the rest of the file is rewritten, so it stops at openai.error)"),
    "rt49_error_timeout_retry_within_deadline_attempts": (
        "wrong rewrite (silent): a hand-written retry loop bounded by a 1.0 s deadline sends "
        "ChatCompletion(request_timeout=0.4) and catches openai.error.Timeout; the fix builds "
        "OpenAI(api_key=...) with the default max_retries=2, so each create() now retries the "
        "timeout twice itself (3 requests, ~2 s with backoff) where 0.28 sent one request: the "
        "printed attempts drop from 3 to 1 (and the server gets the hidden retries); a client "
        "with max_retries=0 where the code retries by itself would keep 0.28's behaviour"),
    "rt51_async_model_aretrieve_gather_then_moderation_acreate": (
        "wrong rewrite (silent): 'whisper-1' in a module list NEEDED whose only use is "
        "`await openai.Model.aretrieve(name)` (a lookup, printed as name) is renamed to "
        "gpt-transcribe, so the start-up report prints 'gpt-transcribe ready' for "
        "'whisper-1 ready'; a literal Model.retrieve('whisper-1') is never renamed (the sync "
        "`for name in NEEDED: Model.retrieve(name)` is renamed the same way)"),
    "rt51_startup_check_models_retrieve_then_transcribe_embed": (
        "display only: SPEECH_MODEL = 'whisper-1' feeds both a Model.retrieve preflight that "
        "prints info.id and Audio.transcribe, and is renamed to gpt-transcribe, so the preflight "
        "line prints the new id; holding a constant because a lookup reads it would break "
        "rt13_health_check_model_retrieve, whose health check must follow the chat model it "
        "checks (renamed with it)"),
    "rt51_file_list_backup_manifest_json_printed": (
        "printed JSON changes: remote.to_dict_recursive() of a File.list() item becomes "
        "remote.to_dict(), whose keys follow the SDK's field order (id, bytes, filename, "
        "object, purpose, ...) and not the API's (object, id, purpose, filename, bytes, ...), "
        "so json.dumps(manifest, indent=2) prints the keys in another order"),
    "rt51_file_written_then_reopened_rb_same_name_upload": (
        "left manual with a wrong reason: `with open(p, 'w') as f` writes the file, then `with "
        "open(p, 'rb') as f` reopens it and that binary f goes to File.create(file=f, ...); the "
        "finding says 'open(\"greetings.jsonl\", \"w\") is opened in text mode': the earlier "
        "binding of the name is taken (rt8_audio_transcript_json_saved is the same name "
        "rebound after the call)"),
    "rt51_image_item_b64_or_url_fallback_branch": (
        "needlessly manual, wrong reason: Image.create(..., response_format='b64_json') items "
        "go to store(item, name), which tests `'b64_json' in item` and has an item['url'] "
        "fallback branch neither SDK takes; the finding says 'part of the response is used "
        "whole on line 25 (returned, passed on or stored)'; without the url line the helper is "
        "followed and rewritten (getattr(item, 'b64_json', None) is not None) and runs"),
    "rt51_pkg_whisper_format_param_srt_caller": (
        "needlessly manual: transcribe(path, fmt='text', temperature=0) passes "
        "response_format=fmt to Audio.transcribe('whisper-1', ...), every caller in the "
        "project passes a literal ('srt', 'verbose_json' or the default): 'response_format= "
        "is computed ... name it and run again'; whisper-1 kept and the response handed out "
        "as a string or as 0.x's dict (segments read by key) would run, as image sizes "
        "through a parameter are already followed"),
    "rt53_compat_layer_chat_used_by_three_modules": (
        "needlessly manual, converges only on a second --fix: llm_compat.chat(messages, "
        "model=DEFAULT_MODEL, temperature=0.2) is rewritten (temperature= dropped from the "
        "create call) but tagger.py's llm.chat(..., model='gpt-4', temperature=0) keeps gpt-4 "
        "with a stale finding ('llm_compat.py:17 sends model with temperature=, which "
        "gpt-5.6-sol rejects ... change them there'); the fixed program calls gpt-4 (404); a "
        "second scan --fix renames it and drops temperature=0"),
    "rt53_compat_version_guard_client_and_embeddings": (
        "needlessly manual: settings.py's CHAT_MODEL = 'gpt-3.5-turbo' (the default of "
        "llm_compat.chat's model parameter) is 'not renamed: llm_compat.py:20 sends CHAT_MODEL "
        "with max_tokens=, which gpt-5.6-terra rejects'; the already-1.x branch "
        "(_client.chat.completions.create(..., max_tokens=settings.MAX_TOKENS)) then calls "
        "gpt-3.5-turbo (404); with a literal default in the same module the model is renamed "
        "and max_tokens becomes max_completion_tokens in both branches"),
    "rt53_error_both_generations_invalid_request_tuple": (
        "half-rewritten: BAD_REQUEST = (openai.error.InvalidRequestError, *_V1_BAD) keeps "
        "openai.error with GM202 '... use (openai.BadRequestError, openai.NotFoundError) by "
        "hand' while RETRYABLE's openai.error names on the line above and the calls are "
        "rewritten, so importing errors.py raises AttributeError (openai.error); the starred "
        "element stops it (a plain tuple constant of the same classes is rewritten)"),
    "rt53_version_guarded_response_type_isinstance": (
        "left manual ('the response leaves this scope'): ChatResponse is OpenAIObject under `if "
        "openai.__version__.startswith('0.')` and openai.types.chat.ChatCompletion otherwise, and "
        "validate() tests isinstance(resp, ChatResponse); the dict view is neither type, so the "
        "call stays manual; the plain client response (no view) would pass the 1.x branch's test, "
        "since the response is only read by attribute afterwards"),
    "rt52_celery_tasks_worker_retry_openai_errors": (
        "wrong rewrite: tasks.py's `except RETRYABLE as exc: raise Retry(..., exc)` passes the "
        "exception to Retry.__init__, which formats type(cause).__name__ into its message "
        "(printed by worker.py); RETRYABLE's openai.error.Timeout becomes "
        "openai.APITimeoutError with no finding, so 'retry summarize: Timeout' prints "
        "'APITimeoutError' (worker.py's own type(exc) is caught and left manual)"),
    "rt52_cli_complete_subcommand_engine_default_other_module": (
        "needlessly manual: commands/complete.py's Completion.create(engine=args.engine, "
        "max_tokens=args.max_tokens, temperature=args.temperature) 'Not rewritten: the model "
        "is computed at run time'; args comes from cli.py's subparser (--engine default "
        "defaults.COMPLETION_ENGINE = 'text-davinci-003', set_defaults(func=complete.run)), "
        "which the rewriter does follow for a chat subcommand's --model "
        "(rt52_cli_subcommands_commands_pkg_defaults)"),
    "rt52_cli_subcommands_commands_pkg_defaults": (
        "left manual, stops at a 404: defaults.py's CHAT_MODEL is held ('cli.py:16 makes "
        "CHAT_MODEL the default of an option (args.model) that this module never reads') while "
        "commands/chat.py's call (model=args.model, max_tokens=args.max_tokens) is moved; "
        "following the parsed options through set_defaults(func=chat.run) / args.func(args) to "
        "that call would let both move with max_completion_tokens="),
    "rt52_discord_cogs_guild_model_choice": (
        "needlessly manual: llm.complete(guild_id, messages, **extra) 'passes **extra, which "
        "may carry it with parameters gpt-5.6-terra rejects'; its only callers (cogs/ask.py, "
        "cogs/tldr.py) pass nothing or n=1; meanwhile cogs/settings.py's "
        "llm.guild_models[ctx.guild] = 'gpt-4' is renamed to gpt-5.6-sol although the call "
        "that sends it stays 0.x with DEFAULT_MODEL kept"),
    "rt52_errors_module_reexport_retry_decorator": (
        "needlessly manual: errors.py's `from openai.error import APIError, "
        "InvalidRequestError, RateLimitError, Timeout` (TRANSIENT tuple, re-exported) is left "
        "('service.py imports InvalidRequestError from this module, which openai>=1 splits in "
        "two ... import those from openai there, then here') while service.py's call is "
        "rewritten: the program stops at 'No module named openai.error'; binding "
        "InvalidRequestError = (BadRequestError, NotFoundError) in errors.py (service.py only "
        "uses it in an except clause and reads .http_status) would run"),
    "rt52_models_dict_by_task_services": (
        "needlessly manual: models.py's MODELS = {'draft': 'gpt-3.5-turbo', 'review': "
        "'gpt-4', 'title': 'text-davinci-003'} is 'not renamed: llm.py:17 sends MODELS[task] "
        "with max_tokens=' because llm.complete()'s Completion.create(model=MODELS[task], "
        "max_tokens=max_tokens) is left ('the model is computed at run time'); every caller "
        "passes a literal task, so the chat calls (rewritten, 404 on gpt-3.5-turbo) and the "
        "completion (to chat with max_completion_tokens=) could all move with the dict"),
    "rt52_pipeline_extract_summarize_embed_report_settings": (
        "needlessly manual: settings.py's SETTINGS['summarize'] = {'model': 'gpt-3.5-turbo', "
        "'temperature': 0.2, 'max_tokens': 20, ...} is 'not renamed: the dict on line 3 also "
        "holds 'temperature', 'max_tokens' ... remove or rename them where they are sent'; "
        "they are sent at one call only (summarize.py, through the alias CFG = "
        "SETTINGS['summarize'], as temperature=CFG['temperature'], max_tokens=CFG['max_tokens'])"
        ", which could drop temperature= and pass max_completion_tokens=; the call is rewritten "
        "and 404s"),
    "rt55_stream_isgenerator_dispatch_flag": (
        "needlessly manual: ask(question, stream=False) returns create(..., stream=stream) and "
        "render() reads both shapes, branching on inspect.isgenerator(result): 'the response "
        "leaves this scope (returned, passed on or stored): its readers elsewhere must change "
        "...' while MODEL is renamed (the call stays 0.x: APIRemovedInV1); with one reader per "
        "shape the same ask() is rewritten; a generator view of the stream and a dict view of "
        "the reply would keep the isgenerator test true/false as in 0.x"),
    "rt55_acreate_stream_isasyncgen_check": (
        "needlessly manual: complete(prompt, stream) returns await acreate(..., stream=stream) "
        "and collect() branches on inspect.isasyncgen(response): 'the response leaves this scope "
        "(returned, passed on or stored)', with the model literal renamed and the call left "
        "0.x (APIRemovedInV1); an async generator view of the stream (0.x's acreate stream was "
        "one) and a dict view of the reply would run"),
    "rt55_async_stream_per_chunk_wait_for_anext": (
        "needlessly manual, wrong reason: 'the response is read with .__aiter__() on line 17, a "
        "dict method that v1 response objects do not have'; the response is an acreate stream "
        "(an async generator in 0.x) read with iterator = response.__aiter__() and await "
        "asyncio.wait_for(iterator.__anext__(), ...), which openai>=1's AsyncStream (or an "
        "async generator view) supports; the model is renamed and the call left 0.x"),
    "rt55_completion_stream_fewshot_stop_qa": (
        "left manual ('gpt-5.6-terra rejects stop=: remove it if the call does without (a stop "
        "sequence a reply must end at: cut the reply there yourself)'): Completion(engine="
        "'text-davinci-003', stop=['\\nQ:'], stream=True) written with sys.stdout.write; the "
        "non-streamed Completion with stop= is moved with _cut_at_stop, a stream is not (as "
        "rt4_stream_stop_list_stdout for chat): cutting the joined deltas at the stop would run"),
    "rt55_gather_stream_and_plain_acreate": (
        "half-rewritten: `stream, title = await asyncio.gather(acreate(..., stream=True), "
        "acreate(..., max_tokens=6))`: the plain call becomes _awaited_view(aclient.chat."
        "completions.create(...), _openai_object) but the streamed one stays 0.x ('the response "
        "leaves this scope (returned, passed on or stored)') with its model renamed, so the "
        "program stops at APIRemovedInV1; a stream view awaited the same way would run"),
    "rt55_pkg_async_stream_sync_wrapper": (
        "left manual ('its model gpt-3.5-turbo (line 5) was shut down and stays as it is'; "
        "before, a 404: the call moved while DEFAULT_MODEL kept its name): ask(prompt, "
        "model=DEFAULT_MODEL) passes model to _collect(prompt, model), which passes it to "
        "astream(prompt, model); detection does not follow a parameter forwarded through a "
        "second helper (the same in a sync chain), so DEFAULT_MODEL's rename is held, though "
        "every hop is in the module and nothing compares it"),
    "rt55_stream_early_break_char_budget_close": (
        "needlessly manual: 'the response is read with .close() on line 21, which openai<1's "
        "objects had and a dict has not'; the response is a stream=True generator (0.x's "
        "close() was the generator's), left with break and then response.close(); openai>=1's "
        "Stream has close(), as does the generator view; gpt-4 is renamed and the call left 0.x"
        " (APIRemovedInV1)"),
    "rt57_lookalike_cassette_json_replay_transport": "look-alike changed: main.py's "
                                                     "transport.post(URL, {**body, \"model\": "
                                                     "\"gpt-4\"}) (a cassette replay that "
                                                     "compares request bodies) is renamed to "
                                                     "gpt-5.6-sol as an unsafe fix with no "
                                                     "remaining finding, so the printed miss "
                                                     "changes; the same dict bound to a name and "
                                                     "passed is held ('hands it to code this scan "
                                                     "does not follow'), an inline dict argument "
                                                     "is not (Detector._arg marks only constants "
                                                     "as handed)",
    "rt57_sqlite_cache_rows_listed_by_model": "wrong rewrite: MODEL = \"gpt-3.5-turbo\" is sent "
                                              "as model= and also stored in a SQLite cache row "
                                              "(db.execute(\"INSERT ...\", (model, prompt, ...))) "
                                              "that the program prints at the end; it is renamed "
                                              "with no finding, so the listing shows gpt-5.6-terra "
                                              "(a model in a tuple handed to db.execute is not "
                                              "counted as handed on)",
    "rt57_cache_file_named_after_model_printed": "wrong rewrite: MODEL = \"gpt-3.5-turbo\" is "
                                                 "sent as model= and also names the cache file "
                                                 "(f\"answers-{MODEL}.json\"), whose basename "
                                                 "is printed; it is renamed with no finding, so "
                                                 "the printed name changes (a model read in an "
                                                 "f-string is not a use that holds the rename)",
    "rt56_enum_value_from_env_default_lookup": (
        "left manual: the str Enum member picked by ChatModel(os.environ.get('CHAT_MODEL', "
        "'gpt-3.5-turbo')) is sent as model=model with max_tokens from a member-keyed Final "
        "dict; value flow does not follow the member, so the Enum's values, the getenv default "
        "and max_tokens= are not moved together and the call is held"),
    "rt56_enum_value_from_json_settings_file": (
        "left manual: ChatModel(spec['model']) looks the Enum up by settings.json's values and "
        "the call sends role.model.value with max_tokens=role.max_words; the Enum's values, the "
        "JSON file's models and max_tokens= would have to move together, so all are held"),
    "rt56_literal_alias_get_args_validation": (
        "left manual: get_args(ModelName) makes the Literal's members a run-time allow-list, so "
        "the Literal, the 'gpt-3.5-turbo' default and the caller's 'gpt-4' are held (and the "
        "call) instead of being renamed together"),
    "rt56_newtype_model_id_final_constants": (
        "left manual ('its model gpt-3.5-turbo (line 7) was shut down and stays as it is'; "
        "before, a 404: complete()'s call, whose model=model defaults to FAST, moved while "
        "FAST = ModelId('gpt-3.5-turbo') kept its name): FAST and STRONG (a typing.NewType) "
        "are held as 'passed to a function that may ... look it up'; the NewType call is "
        "identity, so the literals could be renamed with max_tokens= moved"),
    "rt56_pkg_enum_models_module_chat_and_embed_services": (
        "left manual ('its model may be ChatModel.SMART of models.py, gpt-4, shut down and kept "
        "there'; before, a 404: app/chat.py's and app/embed.py's calls, which send model.value "
        "of those members, moved while the members kept their dead names): app/models.py's "
        "members are held (gpt-4: 'main.py hands ChatModel.SMART to chat()', though chat() "
        "only sends it; text-similarity-ada-001: no sending call in sight to ask for 1024 "
        "dimensions); following chat() and embed() from main.py would let both move"),
    "rt56_typeddict_config_splat_temperature_zero": (
        "left manual: DEFAULTS: ChatConfig = {'model': 'gpt-4', 'temperature': 0, "
        "'max_tokens': 6}, chat()'s config default spread with **config, is held ('also holds "
        "temperature, max_tokens'), with the call; renaming the model, dropping temperature=0 "
        "and renaming max_tokens in the dict would run"),
    "rt58_pkg_meter_patches_create_usage_totals": (
        "wrong rewrite (silent): obs/meter.py's install() replaces openai.ChatCompletion.create "
        "with a usage-counting wrapper (its findings keep only that module's calls manual); "
        "main.py's call, made after meter.install(), is moved to client.chat.completions.create, "
        "so the meter prints zeros"),
    "rt58_processpool_embed_rows_invalid_request_pickled": (
        "wrong rewrite: Embedding.create in a ProcessPoolExecutor worker is rewritten and the "
        "parent's except openai.error.InvalidRequestError becomes BadRequestError, but openai>=1's "
        "APIStatusError cannot be unpickled (response= and body= are keyword-only), so the "
        "parent dies in future.result() with a TypeError, with no finding"),
    "rt58_partial_over_helper_model_kw_pool_map": (
        "left manual ('the model comes from model, which is not a module constant'): "
        "functools.partial(complete, model='text-davinci-003', max_tokens=6) binds the helper's "
        "model parameter, which the planner does not follow as a caller's argument"),
    "rt58_pkg_rate_limiter_tokens_per_minute_worker_pool": (
        "left manual ('line 27 reads exc.headers ... read exc.response.headers'): the retry "
        "reads exc.headers.get('retry-after') of openai.error.RateLimitError, which 1.x spells "
        "exc.response.headers; the clause and the call could move together"),
    "rt58_batch_error_tally_http_status_json_body_param": (
        "left manual ('line 13 reads exc.json_body ... read exc.body'): "
        "exc.json_body['error']['param'] of InvalidRequestError is exc.body['param'] in 1.x "
        "(exc.http_status is already mapped); the clause and the call could move together"),
    # rt60: model configuration (settings modules, INI/JSON/.env files, argparse, profiles)
    "rt60_argparse_default_from_config_module": (
        "left manual (config.py's DEFAULT_MODEL held: 'main.py:20 sends DEFAULT_MODEL with "
        "temperature=, max_tokens='; it was a wrong rewrite before: renamed while main.py kept "
        "max_tokens=, a 400): main.py's call would have to trace args.model to config.py's "
        "constant (option_sources follows literals of its own module only)"),
    "rt60_config_classes_by_env_mapping": (
        "left manual ('the model is computed at run time'): cfg is Config or a subclass picked "
        "from config_by_name[os.getenv(...)] in another module, every COMPLETION_MODEL is "
        "text-davinci-003; the chat move would need the class family's attribute values"),
    "rt60_configparser_ini_file_shipped": (
        "left manual (settings.ini's model held: 'the file also sets max_tokens'): the INI "
        "value reaches MODEL/MAX_TOKENS through configparser; renaming it together with "
        "max_tokens= -> max_completion_tokens= at the call needs flow from data files into code"),
    "rt60_configparser_read_string_defaults_fallback": (
        "left manual ('the model is computed at run time'): model=llm.get('model', "
        "fallback='text-davinci-003') is written in the call itself (rt60 made fallback= a "
        "lookup default, which moves where it is bound to a name first); the chat move needs "
        "the call's edit and the default's in one"),
    "rt60_env_profile_dict_splat_sampling": (
        "left manual ('hands it to code this scan does not follow (line 20)'): PROFILES[PROFILE] "
        "splatted into ChatCompletion.create(**LLM_PARAMS); both profiles' models, temperature "
        "and max_tokens could move together (a table of request dicts sent whole)"),
    "rt60_model_precedence_cli_env_config_dict": (
        "left manual ('the call passes **kwargs'): options is the dict returned by resolve() "
        "(args.model or getenv or CONFIG['model']); a returned request dict is not followed"),
    "rt60_namedtuple_config_from_env_completion": (
        "left manual ('rejects stop=, and the fix cuts the reply at the stop sequence only "
        "where stop= is written out'): stop=config.stop is a NamedTuple field default of a "
        "parameter default CONFIG, which _cut_at_stop does not trace"),
    "rt60_pkg_config_pipeline_client_positional_model": (
        "left manual ('hands LLMConfig.model to self.client.ask()'): llm.model passed "
        "positionally to ChatClient.ask(model, prompt, max_tokens) of another module, whose "
        "call sends max_tokens= (a model passed positionally to another module's class)"),
    "rt60_pkg_django_style_settings_dict_conf": (
        "left manual (settings.py's OPENAI['MODEL'] held: 'services.py sends OPENAI[\"MODEL\"] "
        "with temperature=, max_tokens='; before rt60 a wrong rewrite: renamed while the call "
        "kept both, a 400, as no module imports settings.py): the call reads the dict through "
        "a LazySettings object (django.conf); its rewrite would have to see settings.OPENAI's "
        "values to move temperature=/max_tokens= with the rename"),
    "rt60_pkg_get_settings_lru_cache_llm_module": (
        "left manual ('the model goes into Settings(), and no call that sends it from there is "
        "in sight'): settings built by an @lru_cache get_settings() factory read as "
        "get_settings().llm_model in llm.py (a settings object reaching a call via a factory)"),
    "rt60_pkg_task_model_map_service_wrapper_layers": (
        "left manual: TASK_MODELS read whole by service.py ('self.models = models or "
        "config.TASK_MODELS') and self.models[task] passed positionally to client.py's "
        "complete/chat; the Completion call's model 'is not a module constant'"),
    "rt60_settings_asdict_printed_and_saved": (
        "wrong rewrite: RunConfig.model = 'gpt-3.5-turbo' renamed with no finding although "
        "print(json.dumps(asdict(config))) shows it: the printed config line changes; an "
        "instance turned into a dict by "
        "asdict() and printed or dumped should hold the field's rename"),
    "rt60_settings_class_attrs_env_override_loop": (
        "left manual ('settings.chat_model of settings.py, which the fix cannot trace to a "
        "literal'): class attributes overridden by APP_<NAME> env vars in a vars(cls)/setattr "
        "loop; the class attribute is the only literal, like a getenv default"),
    "rt60_task_settings_table_splat_two_endpoints": (
        "left manual ('the call passes **kwargs'): Completion.create(**TASK_SETTINGS['classify']) "
        "and ChatCompletion.create(**TASK_SETTINGS['reply']) with literal keys into one "
        "module-level table of request dicts; each entry could be rewritten in place"),
    # rt59: data pipelines and evaluation scripts
    "rt59_base_params_dict_merged_per_row_splat_chat": (
        "left manual: BASE_PARAMS = {'model': 'gpt-3.5-turbo', 'temperature': 0, 'max_tokens': "
        "12} is copied per row with dict(BASE_PARAMS, messages=[...]) and spread into "
        "ChatCompletion.create(**params); detection holds the model ('hands it to code this "
        "scan does not follow': the dict() call), so the call is held with it; renaming the "
        "model, dropping temperature=0 and renaming max_tokens in BASE_PARAMS would run"),
    "rt59_pkg_labeler_class_model_attr_hash_cache_module": (
        "left manual with a misleading reason ('the model is computed at run time'): "
        "Labeler.__init__'s model='text-curie-001' default is kept on self.model, sent as "
        "Completion's model and also handed to PromptCache.get/put (an in-memory md5 key, "
        "another module); value flow stops at that hand-off, so the default is not moved with "
        "the call although the cache only keys by it within the run"),
    "rt59_sha_cache_json_text_and_usage_two_passes": (
        "left manual ('the call passes **kwargs'): cached_completion(cache, prompt, **kwargs) "
        "is called only with max_tokens=8, temperature=0 in sight, so the Completion call "
        "could move to chat with max_completion_tokens and no temperature (and the cached "
        "entry's usage become .to_dict() for json.dump)"),
    # rt62: half-migrated and mixed-era code (late 2023)
    "rt62_try_import_defines_chat_function_per_generation": (
        "left manual: llm.py defines chat(model, messages, **options) twice (over OpenAI() in "
        "the try block, over `from openai import ChatCompletion` in `except ImportError`), so "
        "main.py's gpt-3.5-turbo / gpt-4 are 'passed to a function that may send it' and stay "
        "(404 on 1.x); the detector would have to take the try-block def as the one 1.x runs "
        "and follow the model into its client.chat.completions.create"),
    # rt63: projects that ship their own tests of their OpenAI code
    "rt63_pkg_test_construct_from_response_for_parser": (
        "app/client.py's ChatCompletion call moves (its response wrapped in _openai_object for "
        "app/parse.py's attribute readers), but tests/test_parse.py keeps `from "
        "openai.openai_object import OpenAIObject` (GM204, manual) to build its fixture with "
        "construct_from: on openai>=1 the test module fails to import (0/1 passed instead of "
        "2/2); the test's fixture is not rewritten to the same shim (or a plain object)"),
    # rt64: vision, image and audio pipelines of late 2023
    "rt64_vision_tasks_settings_dict_detail_per_task": (
        "left manual ('hands it to code this scan does not follow (line 37)'): TASKS's three "
        "'gpt-4-vision-preview' values are sent only as model=settings['model']; line 37 is "
        "run_task(task, path) under `for task in TASKS:` (line 36), which hands on only the "
        "keys, no model; "
        "with a tuple of the names instead the literals become gpt-4o and the call is "
        "rewritten and runs"),
    # rt65: unusual syntax around ordinary 0.x calls
    "rt65_decorator_factory_injects_model": (
        "left manual ('its function is decorated with gpt-3.5-turbo ... which the decorator may "
        "send as its model'): the @with_model(\"gpt-3.5-turbo\") / (\"gpt-4\") literals are "
        "held (passed to a function that may send it) while the wrapper only fills the call's "
        "model keyword; renaming both literals with the calls (and max_tokens= -> "
        "max_completion_tokens=) would run"),
    "rt65_conditional_tuple_unpack_model_temperature": (
        "left manual ('it sends a model this scan cannot trace, which may be gpt-4'): "
        "`model, temperature = (\"gpt-4\", 0.2) if careful else (\"gpt-3.5-turbo\", 0.9)` "
        "binds nothing in detection (`_target_key` takes no tuple target); pairing the "
        "elements with the targets would rename both models and drop temperature="),
    "rt65_embedding_partial_map_reduce_cosine": (
        "left manual ('passed as a value to functools.partial, whose result is called "
        "elsewhere'): embed = partial(openai.Embedding.create, model=\"text-embedding-ada-002\")"
        " keeps a served model and its only call, embed(input=t) in the same module, passes "
        "input= alone; partial(client.embeddings.create, model=...) with r.data[0].embedding "
        "reads would run"),
    "rt65_stop_dict_merge_star_args_helper": (
        "left manual ('the call on line 11 passes **..., which may carry it with parameters "
        "gpt-5.6-terra rejects'): the spreads are **DEFAULTS (a module dict literal: model, "
        "n=1) and **({\"stop\": stop} if stop else {}), a conditional of dict displays whose "
        "only key is stop; renaming DEFAULTS' model and cutting the reply with _cut_at_stop("
        "text, stop) instead of sending stop= would run (same opaque IfExp spread as "
        "rt6_conditional_max_tokens_spread, which expects manual)"),
    # rt67: packages reaching openai indirectly (lazy/aliased imports, re-exports, registries)
    "rt67_lazy_import_as_oa_in_method_gpt4_reviewer": (
        "left manual ('the call goes through openai imported as oa'): review() does `import "
        "openai as oa` inside the method and sets oa.api_key there; a client made before the "
        "call as oa.OpenAI(api_key=oa.api_key) would run (_local_client spells the module "
        "openai., so it refuses an alias rather than write a NameError)"),
    "rt67_import_openai_as_oa_configure_function_embed_and_chat": (
        "left manual ('the call goes through openai imported as oa'): ai.py does `import "
        "openai as oa` at the top and sets oa.api_key inside configure(); per-call clients "
        "spelled oa.OpenAI(api_key=oa.api_key) would run"),
    "rt67_importlib_optional_openai_module_level_chat": (
        "left manual ('openai is also assigned on line 6 (importlib.import_module('openai')), "
        "which may not be the openai module'): _check_module_root takes any non-constant "
        "assignment as another object; import_module of the literal 'openai' (in a try with "
        "`openai = None` in the except) is the module, so the call could be rewritten and "
        "CHAT_MODEL renamed with max_completion_tokens="),
    "rt67_module_level_api_alias_completion_helpers": (
        "left manual ('api.Completion.create reaches openai through a parameter or an "
        "attribute, not an import'): api is a module-level alias bound once (api = openai, "
        "right after `import openai`), with api.api_key set at import; a client from "
        "api.api_key and the Completion call moved to chat (DEFAULT_ENGINE renamed, engine= "
        "-> model=) would run"),
    "rt67_pkg_init_reexports_openai_module_embeddings_completion": (
        "left manual ('the model comes from ANSWER_MODEL, imported from another module ... "
        "scan the project that holds both modules'): main.py imports ANSWER_MODEL from the "
        "package search/, whose __init__.py re-exports it from .client; "
        "project.constant_move looks for the literal in search/__init__.py and does not follow "
        "the re-export (with `from search.client import ANSWER_MODEL` the call is rewritten "
        "and runs); client.py's ANSWER_MODEL is renamed to gpt-5.6-terra all the same"),
    "rt67_pkg_base_init_model_default_subclasses_override_three_modules": (
        "left manual: completion.py's Completion(model=self.model) is 'computed at run time' "
        "(self.model is BaseModel.__init__'s model parameter, default 'text-davinci-003', which "
        "DavinciModel never overrides); chat.py's 'gpt-3.5-turbo' and gpt4.py's 'gpt-4' are "
        "'not renamed: the call ... passes **kwargs' (super().__init__(model=model, **kwargs); "
        "the only constructor calls pass max_tokens=24); chat.py's call is rewritten with the "
        "old model. Renaming the three literals, max_tokens= -> max_completion_tokens= and "
        "dropping temperature=self.temperature (always 0.0) would run"),
    "rt67_pkg_plugin_table_pairs_function_and_model": (
        "left manual ('the model comes from model, which is not a module constant'): "
        "summarize.run(text, model) gets its model only from registry.py's TOOLS pair "
        "(summarize.run, 'text-davinci-003') through `func, model = TOOLS[tool]`; the same "
        "flow is followed for keywords.run ('gpt-3.5-turbo' renamed in the tuple) but not for "
        "a Completion call that must move to chat"),
    "rt66_sse_requests_stream_shared_model_constant_sdk_and_raw": (
        "MODEL = 'gpt-3.5-turbo' is renamed to gpt-5.6-terra for both the ChatCompletion call "
        "and a requests.post(stream=True) to /chat/completions whose SSE data: lines are parsed "
        "by hand; the fake's now-era opening chunk is {'role': 'assistant', 'content': None}, "
        "so delta.get('content', '') appends None and ''.join(pieces) raises TypeError. To "
        "check against the real API, which (as read here) sends content '' in that chunk: if "
        "so the fake should too; if not, a raw stream's reader needs the (x or '') guard the "
        "SDK path gets"),
    "rt66_requests_chat_literal_payload_retry_status_codes": (
        "needlessly manual: {'model': 'gpt-3.5-turbo-0301', 'messages': [...]} (no other "
        "parameter) is held by used_otherwise ('hands it to code this scan does not follow', "
        "line 33) because the dict is passed to the module's own post_with_retries(), which only "
        "requests.post(json=body)s it to /chat/completions; renaming the literal would run"),
    "rt66_urllib_chat_httperror_retry_model_passed_by_caller": (
        "needlessly manual: the project imports no SDK and spells no API address (the URL is "
        "os.environ['OPENAI_API_BASE'] + '/chat/completions'), so cross_module._uses_provider "
        "calls it a look-alike and holds chat()'s default 'gpt-3.5-turbo'; the caller's "
        "model='gpt-3.5-turbo-0613' is held ('no call that sends it from there is in sight'), "
        "though chat() sends only model and messages; renaming both would run"),
    "rt66_urllib_embeddings_text_similarity_payload_module": (
        "needlessly manual ('no call that sends it is in sight to ask for the size'): "
        "EMBEDDING_MODEL = 'text-similarity-ada-001' is sent only in embedding_payload()'s dict "
        "{'model': EMBEDDING_MODEL, 'input': ...}; renaming it to text-embedding-3-small and "
        "adding 'dimensions': 1024 to that dict keeps 1024-d vectors and prints the same"),
    "rt66_requests_payload_variable_json_dumps_chat": (
        "needlessly manual: payload = {'model': 'gpt-3.5-turbo', 'messages': [...]} then "
        "requests.post(url, data=json.dumps(payload)) is held ('hands it to code this scan does "
        "not follow', line 21): Detector._keys_looked_up counts the name's use as an argument "
        "of json.dumps / requests.post as a possible lookup (neither use.model nor "
        "use.harmless), while the same dict written inline as json={...} is renamed "
        "(rt66_mixed_sdk_completion_module_raw_chat_module)"),
}

# Cases whose rewritten file has a new type error on a changed line (basedpyright, standard
# mode): the lead's to-do list too.
STATIC_KNOWN_GAPS: dict[str, str] = {
    "rt36_params_dict_splat_before_messages_keyword": "create(**PARAMS, messages=...): the "
                                                      "module dict, inferred dict[str, str | "
                                                      "float], matches no overload",
    "rt64_pkg_memo_audio_to_image_prompt_to_dalle": "resp.data[0].b64_json: data and b64_json "
                                                    "are Optional in 1.x",
    "rt64_vision_data_url_helper_detail_low_usage": "usage.total_tokens: usage is Optional in "
                                                    "1.x",
    "rt65_chained_subscripts_split_lines_comments": "usage.total_tokens: usage is Optional in "
                                                    "1.x",
    "rt65_global_model_switch_token_total": "usage.total_tokens: usage is Optional in 1.x",
    "rt40_pkg_task_models_dict_dynamic_key": ".message.content.strip() on Optional[str]",
    "rt35_global_last_response_same_module_report": "LAST_RESPONSE (None at the top, the "
                                                    "response later) read as .usage: the "
                                                    "checker types it Optional",
    "rt36_assistant_class_init_sets_key_defaults_kwargs": "create(**{**self.defaults, **kw}): "
                                                          "a dict[str, Any] spread matches no "
                                                          "overload",
    "rt36_dict_defaults_kw_merge_callers_override": "create(**params) of dict(DEFAULTS, "
                                                    "**overrides): no overload matches a "
                                                    "spread dict",
    "rt36_embedding_engine_in_options_dict": "**EMBED_OPTS, a dict[str, str], is checked "
                                             "against every keyword create() takes",
    "rt38_cli_argparse_cost_estimate_usage_csv": "usage.prompt_tokens: usage is Optional in "
                                                 "1.x",
    "rt38_cli_subcommands_chat_embed_moderate": "usage.prompt_tokens: usage is Optional in 1.x",
    "rt38_pkg_token_estimate_history_budget": "the reply's .message.content (Optional[str]) "
                                              "kept in a dict[str, str] history, and "
                                              "usage.prompt_tokens on Optional usage",
    "rt34_chat_ticket_router_max_tokens_one_label": ".message.content.strip() on Optional[str]",
    "rt33_csv_batch_tempdir_chat_usage_column": "usage.total_tokens: usage is Optional in 1.x",
    "rt33_history_trim_word_estimate_del_slice": "the reply's .message.content (Optional[str]) "
                                                 "kept in a dict[str, str] history, and "
                                                 "usage.prompt_tokens on Optional usage",
    "rt33_translate_n2_alternatives_choices_loop": ".message.content.strip() and "
                                                   "usage.completion_tokens on Optional",
    "rt33_cli_argparse_subparsers_set_defaults_func": ".message.content.strip() and "
                                                      "usage.completion_tokens on Optional",
    "rt23_abc_base_generator_openai_and_echo": ".message.content.strip() on Optional[str]",
    "rt23_async_subclass_acreate_base_sync": "create(**kwargs) with a dict of mixed value "
                                             "types: the checker matches the union against "
                                             "every parameter (as for the 0.x original); it "
                                             "runs",
    "rt23_streaming_subclass_overrides_create": "messages= a list of plain dicts, where the "
                                                "SDK types ChatCompletionMessageParam; it runs",
    "rt24_azure_request_timeout_tuple": "request_timeout=(5, 30) carried as timeout=, a "
                                        "(connect, read) tuple the HTTP client takes, where "
                                        "the SDK types float | Timeout; it runs",
    "rt25_batches_of_n_usage_cost_report": "a list of None placeholders filled with "
                                           "embeddings: the checker types the list from its "
                                           "first value; it runs",
    "rt26_nb_fstring_format_spec_usage": "response.usage.total_tokens: usage is Optional in "
                                         "1.x",
    "rt26_nb_percent_format_completion": "response.usage.total_tokens: usage is Optional in "
                                         "1.x",
    "rt26_nb_response_rebound_values_reused": "the replies' .message.content (Optional[str]) "
                                              "embedded as input=; it runs",
    "rt21_gather_coroutines_shared_params_splat": "create(**GEN_KWARGS) with GEN_KWARGS a "
                                                  "dict[str, int]: the checker matches the "
                                                  "value type against every parameter (as for "
                                                  "the 0.x original); it runs",
    "rt20_pkg_agent_main_and_summarizer_llms": "response.usage.total_tokens: usage is Optional "
                                               "in 1.x",
    "rt20_pkg_agent_tools_registry_function_call": "messages=self.messages, a list of plain "
                                                   "dicts, where the SDK types "
                                                   "ChatCompletionMessageParam; it runs",
    "rt20_pkg_chatbot_reply_message_returned": "messages= a list of plain dicts, where the SDK "
                                               "types ChatCompletionMessageParam; it runs",
    "rt21_async_retry_decorator_backoff_four_errors": ".message.content.strip() on "
                                                      "Optional[str]",
    "rt21_gather_summaries_then_batch_embed_summaries": "the gathered replies' "
                                                        ".message.content (Optional[str]) "
                                                        "embedded as input=; it runs",
    "rt22_kaggle_csv_stringio_submission": ".message.content.lower() on Optional[str]",
    "chat_n_choices_user_sorted": "response.usage.completion_tokens: usage is Optional in 1.x",
    "settings_api_key_guard_read": "os.environ.get(\"OPENAI_API_KEY\")[:4]: the lookup is "
                                   "Optional, as openai.api_key was in 0.x (None when unset); it "
                                   "runs",
    "completion_stored_on_self": "self.last is None until draft() runs, so the checker sees "
                                 "Optional reads (the original indexed the same None); usage "
                                 "is Optional in 1.x",
    "completion_kwargs_dict": "create(**params) with a dict of mixed value types: the checker "
                              "infers dict[str, str | list[...]] and matches the union against "
                              "every parameter (as for the 0.x original); it runs",
    "azure_retired_api_version": "openai.api_base read in the client; os.getenv's str | None "
                                 "passed as azure_endpoint",
    "mixed_completion_and_chat_module": ".message.content.strip() on Optional[str]",
    "chat_resources_imported_by_name": ".message.content.strip() on Optional[str]",
    "error_isinstance_tuple_and_str": '"ok: " + .message.content, an Optional[str]',
    "options_dict_completion_and_chat": "create(**DEFAULTS), a dict of mixed value types matched "
                                        "against every parameter (as for the 0.x original)",
    "options_dict_model_and_wait_timeout": "create(**CHAT_OPTIONS), a dict of mixed value types "
                                           "matched against every parameter",
    "options_dict_wait_timeout_slow": "create(**CHAT_OPTIONS), a dict of mixed value types "
                                      "matched against every parameter",
    "chat_or_completion_one_name": "usage is Optional in 1.x (the 0.x original indexed it)",
    "azure_openai_switched_by_test": "messages=messages, a list of plain dicts the checker "
                                     "infers as list[dict[str, str]] (the same 0.x argument); "
                                     "it runs",
    "chat_usage_accounting": "resp.usage.prompt_tokens: usage is Optional in 1.x",
    "completion_to_dict_json": "resp.to_dict() is typed dict[str, object], so indexing a "
                               "value of it is an error to the checker (the 0.x dict was "
                               "untyped); it runs",
    "chat_choices_loop_dict": "len(choice.message.content) on Optional[str] (None in 0.x "
                              "too, for a function call); usage is Optional in 1.x",
    "chat_message_dict_history": "a history dict[str, str] given the reply's Optional[str] "
                                 "content, as the original gave it the 0.x value",
    "completion_assigned_twice": "resp.usage.prompt_tokens on Optional usage",
    "completion_usage_get": "`usage = (resp.usage or {})` then usage.total_tokens: an "
                            "AttributeError on a dict when usage is None",
    "fine_tuning_job_list": "jobs.object: SyncCursorPage declares no `object` attribute",
    "image_create_b64": "item.b64_json / resp.data are Optional in 1.x (b64decode(None))",
    "rt8_image_b64_n_two_helper_saved": "enumerate(response.data), b64decode(image.b64_json): "
                                        "data and b64_json are Optional in 1.x",
    "image_create_edit": "len(resp.data), resp.data[0].b64_json on Optional values",
    "audio_raw_verbose_srt": "result.segments is Optional in 1.x's verbose transcription "
                             "(reportOptionalIterable); 0.x's dict had them",
    "chat_functions": "message.function_call is Optional in 1.x: .name / .arguments on it "
                      "(reportOptionalMemberAccess)",
    "completion_returned_response": "the caller's .usage.total_tokens: usage is Optional in 1.x",
    "image_acreate_default_model": "data[0].b64_json is Optional in 1.x (b64decode(None))",
    "azure_settings_in_function": "AzureOpenAI(azure_endpoint=openai.azure_endpoint): the module "
                                  "attribute is str | None (set by the module before the call)",
    "chat_json_reply_history_trim": "resp.usage.prompt_tokens: usage is Optional in 1.x",
    "chat_tutorial_top_level_script": "response.usage.prompt_tokens: usage is Optional in 1.x",
    "chat_function_roundtrip_cookbook": "messages holds the reply message (a dict) and a role "
                                        "'function' dict: inferred list[dict[str, Unknown]], as "
                                        "hand-written 1.x code building it would be",
    "chat_retry_decorator_bot": "self.messages is inferred list[dict[str, Unknown]] (an attribute "
                                "list of message dicts), as hand-written 1.x code would be",
    "chat_continue_on_length": "messages grows with dicts holding the reply's Optional[str] "
                               "content: inferred list[dict[str, Unknown]], as hand-written 1.x "
                               "code building it would be",
    "chat_function_dispatch_table": "messages holds the reply message and a role 'function' dict: "
                                    "inferred list[dict[str, Unknown]] (as "
                                    "chat_function_roundtrip_cookbook)",
    "chat_global_last_response": "last_response is a module global that starts as None, so its "
                                 "reads are Optional to the checker (the original read the same "
                                 "None); usage is Optional in 1.x",
    "chat_options_dict_spread": "create(**OPTIONS) with a dict(...) of mixed value types: matched "
                                "as a union against every parameter (as completion_kwargs_dict); "
                                "it runs",
    "chat_stream_flag_parameter": "stream=stream from a parameter: 1.x returns ChatCompletion | "
                                  "Stream[...], which `if stream:` does not narrow for the checker; "
                                  "it runs",
    "chat_stream_function_call_accumulate": "functions=FUNCTIONS, a list of plain dicts the checker "
                                            "infers as list[dict[str, str | dict[...]]] (the same "
                                            "0.x argument); it runs",
    "completion_fstring_subscripts": "response.usage.total_tokens inside the f-string: usage is "
                                     "Optional in 1.x",
    "rag_embed_docs_rank_answer": ".message.content.strip() on Optional[str] (the call is rewritten, "
                                  "the model left for manual work)",
    "chat_stream_then_call_same_name": "response[\"usage\"][\"total_tokens\"] -> response.usage.total_tokens: "
                                       "usage is Optional in 1.x",
    "completion_notebook_cells_reassigned": "response.usage.total_tokens: usage is Optional in 1.x",
    "chat_stop_constant_model_two_calls": "_cut_at_stop(<Optional content>, STOP).strip(): the "
                                          "helper returns None as it is (the original stripped "
                                          "the same value)",
    "chat_loop_name_reused_for_reply": "a history dict[str, str] given the reply's Optional[str] "
                                       "content (as chat_message_dict_history)",
    "chat_history_dumped_json": "self.history holds the reply (an _openai_object dict) and role "
                                "dicts: inferred list[dict[str, Unknown]] (as "
                                "chat_function_roundtrip_cookbook)",
    "chat_request_timeout_tuple": "timeout=(connect, read): httpx takes the 2-tuple at run time "
                                  "(write and pool unbounded, as requests had them), but the SDK "
                                  "types timeout as float | httpx.Timeout; it runs",
    "chat_walrus_reply_check": ".message.content.strip() on Optional[str] inside the assignment "
                               "expression",
    "error_retry_decorator_factory_args": ".message.content.split(...) on Optional[str]",
    "rt4_flask_route_handler_stub": "response.usage.total_tokens: usage is Optional in 1.x",
    "rt4_function_call_finish_reason_dispatch": "message.function_call is Optional in 1.x: .name / "
                                                ".arguments on it (as chat_functions)",
    "rt4_lazy_import_inside_function": ".message.content.strip() on Optional[str]",
    "rt4_price_table_keyed_by_response_model": "usage.prompt_tokens / usage.completion_tokens: usage "
                                               "is Optional in 1.x",
    "rt5_acreate_as_completed_wait_for": "single.usage.total_tokens: usage is Optional in 1.x",
    "rt5_api_key_future_import_os_alias": "summarize() -> str returns .message.content, an "
                                          "Optional[str] (the 0.x original returned the same "
                                          "untyped value); it runs",
    "rt5_model_literal_match_statement_other_module": '"[...] " + .message.content, an '
                                                      "Optional[str]",
    "rt6_dataclass_messages_asdict": "messages=self.payload(), a list of asdict() dicts the checker "
                                     "infers as list[dict[str, Any]] (the same 0.x argument); it runs",
    "rt6_logging_usage_to_stdout": "usage.prompt_tokens / .completion_tokens / .total_tokens: usage "
                                   "is Optional in 1.x",
    "rt6_namedtuple_answer_typed": "Answer(text=<.message.content, Optional[str]>) for a str field; "
                                   "usage is Optional in 1.x",
    "rt7_conversation_history_read_in_main": "self.messages holds the reply message (an "
                                             "_openai_object dict) and role dicts: inferred "
                                             "list[dict[str, Unknown]] (as chat_history_dumped_json)",
    "rt7_function_calling_schema_module": "messages holds the reply message and a role 'function' "
                                          "dict: inferred list[dict[str, Unknown]] (as "
                                          "chat_function_roundtrip_cookbook)",
    "rt7_notebook_azure_top_level_cells": "AzureOpenAI(azure_endpoint=os.getenv(...)): str | None "
                                          "passed as azure_endpoint (the original's openai.api_base "
                                          "took the same value); it runs",
    "rt7_notebook_cells_completion_chat_embedding": "response.usage.total_tokens: usage is Optional "
                                                    "in 1.x",
    "rt7_pkg_relative_config_constants": ".message.content.strip() on Optional[str]",
    "rt9_classifier_labels_cache_dict": "[\"message\"][\"content\"].lower() -> .message.content.lower() "
                                        "on Optional[str]",
    "rt9_history_summarize_when_long": "messages=[self._system()] + self.messages: inferred "
                                       "list[dict[str, Unknown]] (the same 0.x argument); it runs",
    "rt9_n_choices_vote_counter_class": ".message.content.strip() on Optional[str] inside the "
                                        "Counter's generator",
    "rt9_params_dict_built_in_init": "create(**self.params), a dict of mixed value types matched "
                                     "against every parameter (as for the 0.x original)",
    "rt9_token_budget_trim_estimate": "response.usage.prompt_tokens: usage is Optional in 1.x",
    "rt9_wrapper_env_settings_init": ".message.content.strip() on Optional[str]",
    "rt10_chat_n_majority_numeric_accuracy": "re.findall(pattern, .message.content) with an "
                                             "Optional[str] content",
    "rt10_edit_usage_cost_tracking": "resp.usage.total_tokens: usage is Optional in 1.x",
    "rt10_threadpool_map_chat_grader": ".message.content.strip() on Optional[str]",
    "rt11_app_factory_config_dict": "response.usage.total_tokens: usage is Optional in 1.x",
    "rt11_per_call_key_org_profiles": "usage.total_tokens (usage = response.usage): usage is "
                                      "Optional in 1.x",
    "rt11_azure_chatbot_class_init_settings": "AzureOpenAI(azure_endpoint=openai.azure_endpoint) "
                                              "inside methods: the module attribute is str | None "
                                              "(set in __init__ before the call); it runs",
    "rt11_azure_init_in_main_helper_kwargs": "AzureOpenAI(azure_endpoint=openai.azure_endpoint): "
                                             "the module attribute is str | None (set by init() "
                                             "before the call, as azure_settings_in_function)",
    "rt11_azure_settings_class_from_env": "AzureOpenAI(azure_endpoint=openai.azure_endpoint): the "
                                          "module attribute is str | None (set by apply() before "
                                          "the call)",
    "rt11_azure_package_config_client": "messages built from a system dict plus `history or []` "
                                        "(an untyped parameter): inferred Unknown | "
                                        "list[dict[str, Unknown]] (the same 0.x argument); it runs",
    "rt10_chat_settings_dict_subscript_max_tokens": ".message.content.strip() on Optional[str]",
    "rt10_chat_system_templates_format_row": ".message.content.strip() on Optional[str]; "
                                             "row[\"tokens\"] = response.usage.total_tokens: "
                                             "usage is Optional, and the csv row is inferred "
                                             "dict[str, str] (0.x's response was Any); it runs",
    "rt10_completion_gen_kwargs_constant_defaults": "create(**GEN_KWARGS) with a dict of mixed "
                                                    "value types: the checker matches the union "
                                                    "against every parameter (as for "
                                                    "completion_kwargs_dict); it runs",
    "rt12_command_dispatch_dict_slash_commands": ".message.content.strip() on Optional[str]",
    "rt12_reply_footer_response_model": "resp.usage.total_tokens: usage is Optional in 1.x",
    "rt12_token_quota_per_user": "response.usage.total_tokens: usage is Optional in 1.x",
    "rt12_typeddict_messages_bot": "a list of the module's own Message TypedDict passed as "
                                   "messages= (not the SDK's param type), and a str | None reply "
                                   "assigned to a str annotation; it runs",
    "rt9_usage_defaultdict_dynamic_keys": "response.usage.model_dump(...): usage is Optional in "
                                          "1.x",
    "rt14_agent_transcript_printed_roles": "functions=FUNCS, a list of plain dicts, and "
                                           "function_call= from a loop over ({'name': 'add'}, "
                                           "'none'): inferred list[dict[str, Unknown]] and "
                                           "dict[str, str] | Literal['none'] (the same 0.x "
                                           "arguments); it runs",
    "rt14_classify_json_loads_fallback": ".message.content.strip() on Optional[str]",
    "rt14_completion_chain_usage_budget_stop": "r.usage.total_tokens: usage is Optional in 1.x",
    "rt14_completion_n_candidates_rerank_embedding": "resp.usage.completion_tokens: usage is "
                                                     "Optional in 1.x",
    "rt14_extract_function_args_mixed_access": "message.function_call is Optional in 1.x: "
                                               ".arguments on it (as chat_functions)",
    "rt14_function_call_get_chain_default": "create(**kwargs) with kwargs = dict(model=..., "
                                            "messages=..., functions=...): a dict of mixed value "
                                            "types matched against every parameter (as "
                                            "completion_kwargs_dict); it runs",
    "rt14_function_call_object_in_history_dict": "messages holds a hand-built assistant dict with "
                                                 "the reply's function_call and a role 'function' "
                                                 "dict: inferred list[dict[str, Unknown]] (as "
                                                 "chat_function_roundtrip_cookbook)",
    "rt14_function_result_truncated_by_budget": "messages += [message, {...}] and "
                                                "functions=[fn_spec]: inferred list[dict[str, "
                                                "Unknown]] (as chat_function_roundtrip_cookbook)",
    "rt14_history_trim_len4_budget_chatbot": "response.usage.prompt_tokens: usage is Optional in "
                                             "1.x",
    "rt14_jsonl_eval_extraction_accuracy": ".message.content.strip() on Optional[str]",
    "rt14_pkg_relative_imports_summarizer": "usage.total_tokens (usage = response.usage): usage is"
                                            " Optional in 1.x",
    "rt14_reply_to_dict_history_saved_json": "messages=history, json.load()'s Any or a list of "
                                             "plain dicts: inferred Any | list[dict[str, str]] "
                                             "(the same 0.x argument); it runs",
    "rt14_stream_final_answer_after_function": "messages holds the reply message and a role "
                                               "'function' dict: inferred list[dict[str, Unknown]]"
                                               " (as chat_function_dispatch_table)",
    "rt13_n_variants_endpoint_temperature": "response.usage.completion_tokens: usage is "
                                            "Optional in 1.x; it runs",
    "rt13_summary_service_class_completion_env": "response.usage.total_tokens: usage is Optional "
                                                 "in 1.x; it runs",
    "rt13_usage_printed_whole_request_log": "response.usage.to_dict(): usage is Optional in 1.x; "
                                            "it runs",
    "rt14_agent_tool_registry_decorator_loop": "create(**kwargs) with kwargs = {\"function_call\": "
                                               "{...}} if turn == 0 else {}: the checker matches "
                                               "the inferred dict type against every parameter "
                                               "(as for completion_kwargs_dict); it runs",
    "rt15_argparse_chat_or_completion_by_prefix": ".message.content.strip() on Optional[str] "
                                                  "(the chat branch is rewritten, the Completion "
                                                  "branch left manual)",
    "rt15_asyncio_gather_acreate_eval_accuracy": ".message.content.strip() on Optional[str]",
    "rt15_callable_llm_class_pool_map": "r.usage.total_tokens: usage is Optional in 1.x",
    "rt15_models_compared_table_printed": "resp.usage.total_tokens: usage is Optional in 1.x",
    "rt15_pkg_evalkit_models_prompts_run": "response.usage.total_tokens: usage is Optional in 1.x",
    "rt15_threadpool_submit_partial_as_completed": ".message.content.strip() on Optional[str]; "
                                                   "resp.usage.total_tokens: usage is Optional "
                                                   "in 1.x",
    "rt15_usage_cost_price_per_1k_report": "usage.prompt_tokens / usage.completion_tokens "
                                           "(usage = r.usage): usage is Optional in 1.x",
    "rt16_abc_provider_factory_by_name": "complete() -> str returns .message.content, an "
                                         "Optional[str] (the 0.x original returned the same "
                                         "untyped value); it runs",
    "rt16_conversation_memory_history_class": "messages=self._messages(), a system dict plus "
                                              "self.history of role dicts: inferred "
                                              "list[dict[str, Unknown]] (the same 0.x argument); "
                                              "it runs",
    "rt16_dataclass_config_to_client": "create(**kwargs) with kwargs = dict(model=..., "
                                       "messages=..., ...): a dict of mixed value types matched "
                                       "against every parameter (as completion_kwargs_dict); it "
                                       "runs",
    "rt16_function_schema_on_self_extractor": "message.function_call is Optional in 1.x: .name / "
                                              ".arguments on it (as chat_functions)",
    "rt16_llm_from_env_classmethod": ".message.content.strip() on Optional[str]",
    "rt16_usage_tracker_attributes_wrapper": "usage.prompt_tokens / usage.completion_tokens "
                                             "(usage = response.usage): usage is Optional in 1.x",
    "rt17_edit_grammar_csv_rows": "edit.usage.total_tokens (the Edit moved to chat): usage is "
                                  "Optional in 1.x",
    "rt17_finetuning_status_report_jobs_files": "_openai_object(client.files.list().to_dict()).data:"
                                                " the helper is annotated -> dict, so the checker "
                                                "finds no attribute .data on it (it runs: the "
                                                "helper's dict reads keys as attributes)",
    "rt17_image_acreate_gather_b64": "response.data[0].b64_json: data and b64_json are Optional "
                                     "in 1.x (b64decode(None))",
    "rt17_image_bot_imagine_b64_saved_slug": "response.data[0].b64_json: data and b64_json are "
                                             "Optional in 1.x (b64decode(None))",
    "rt17_image_edit_inline_open_n2_saved": "enumerate(response.data), len(response.data) and "
                                            "b64decode(item.b64_json): data and b64_json are "
                                            "Optional in 1.x",
    "rt17_image_moderated_prompt_then_generate": "[b64decode(item.b64_json) for item in "
                                                 "result.data]: data and b64_json are Optional in "
                                                 "1.x",
    "rt17_image_prompt_written_by_chat": ".message.content.strip() on Optional[str]",
    "rt17_voice_assistant_transcribe_chat_history": "a history dict[str, str] given the reply's "
                                                    "Optional[str] content (as "
                                                    "chat_message_dict_history)",
    "rt17_whisper_verbose_json_segments_timestamps": "for seg in result.segments: segments is "
                                                     "Optional in 1.x's verbose transcription "
                                                     "(as audio_raw_verbose_srt)",
    "rt18_agent_while_loop_forced_then_auto": "create(..., functions=FUNCTIONS, **kwargs) with "
                                              "kwargs a dict[str, dict[str, str]] | dict[str, str] "
                                              "and FUNCTIONS a list of plain dicts: no overload "
                                              "matches and the splat is matched against every "
                                              "parameter (the same 0.x arguments); it runs",
    "rt18_async_function_call_two_step": "messages=messages after messages.append(message) (the "
                                         "shim's dict) and a role 'function' dict: inferred "
                                         "list[dict[str, Unknown]] (as "
                                         "chat_function_roundtrip_cookbook); it runs",
    "rt18_stream_functions_auto_content_or_call": "functions=FUNCTIONS with stream=True, a list of "
                                                  "plain dicts: no overload of create matches (as "
                                                  "chat_stream_function_call_accumulate); it runs",
    "rt18_stream_function_call_alias_fc": "functions=FUNCTIONS with stream=True, a list of plain dicts: no overload of create "
        "matches (as chat_stream_function_call_accumulate); it runs",
    "rt18_stream_function_call_attr_then_dispatch": "functions=FUNCTIONS with stream=True, a list of plain dicts: no overload of create "
        "matches (as chat_stream_function_call_accumulate); it runs",
    "rt18_stream_function_call_get_default_chain": "functions=FUNCTIONS with stream=True, a list of plain dicts: no overload of create "
        "matches (as chat_stream_function_call_accumulate); it runs",
    "rt18_stream_function_call_items_merge": "functions=FUNCTIONS with stream=True, a list of plain dicts: no overload of create "
        "matches (as chat_stream_function_call_accumulate); it runs",
    "rt18_stream_function_call_keys_loop_forced": "functions=FUNCTIONS with stream=True, a list of plain dicts: no overload of create "
        "matches (as chat_stream_function_call_accumulate); it runs",
    "rt19_cookbook_format_inputs_example_names": "response.usage.total_tokens: usage is Optional in 1.x",
    "rt19_dlai_systems_token_count_dict": "response.usage.prompt_tokens (and completion, total): usage is Optional in 1.x",
    "rt19_instruct_say_this_is_a_test_key_check": "response.usage.prompt_tokens, completion_tokens: usage is Optional in 1.x",
    "rt19_tweet_sentiment_batch_davinci": "response.usage.total_tokens: usage is Optional in 1.x",
    "rt27_assistant_class_config_get_defaults": "messages= a list of plain dicts, where the SDK types message TypedDicts",
    "rt27_group_chat_name_field_messages": "response.usage.total_tokens: usage is Optional in 1.x",
    "rt27_per_user_json_history_files_usage": "response.usage.prompt_tokens, completion_tokens: usage is Optional in 1.x",
    "rt27_summarize_old_turns_on_overflow": "messages= a list of plain dicts, where the SDK types message TypedDicts",
    "rt27_system_prompt_file_written_then_read": "response.usage.total_tokens: usage is Optional in 1.x",
    "rt27_telegram_handler_per_chat_history_dict": ".message.content.strip() on Optional[str]",
    "rt27_telegram_v20_async_user_data_history": "response.usage.total_tokens: usage is Optional in 1.x",
    "rt27_transcript_json_saved_then_resumed": "messages= a list of plain dicts read back from JSON, where the SDK types message TypedDicts",
    "rt27_transcript_prompt_in_chat_stop_human": ".message.content.strip() on Optional[str]",
    "rt28_pkg_llmclient_default_instance_two_task_modules": ".message.content.strip() on Optional[str]",
    "rt29_agent_history_trim_keeps_function_pairs": "functions= a list of plain dicts, where the SDK types Function TypedDicts",
    "rt29_function_args_required_keys_validation": "message.function_call.arguments: function_call is Optional in 1.x",
    "rt29_function_call_assistant_message_rebuilt_dict": "messages= plain dicts with a function_call entry: no overload of create matches; it runs",
    "rt29_pkg_agent_tools_module_getattr_dispatch": "messages= and functions= plain dicts: no overload of create matches; it runs",
    "rt29_plan_gpt4_execute_helper_model_param": ".message.content.strip() on Optional[str]",
    "rt30_csv_classify_rows_usage_written": "response.usage.total_tokens: usage is Optional in 1.x",
    "rt30_except_exception_isinstance_getattr_status": "exc.code after isinstance(exc, openai.OpenAIError): the SDK declares code on APIError, the class every error it raises derives from",
    "rt30_safe_create_wrapper_error_dict_or_response": "e.code of a caught openai.OpenAIError: the SDK declares code on APIError, the class every error it raises derives from",
    "rt30_status_messages_dict_lookup_http_status": "STATUS.get(getattr(e, 'status_code', None)): a dict keyed by int looked up with an Optional key, as 0.x's http_status was",
    "rt31_usage_tokens_cost_estimate": "response.usage.total_tokens, prompt_tokens, completion_tokens: usage is Optional in 1.x",
    "rt41_comment_mentions_openai_client_todo": ".message.content.strip() on Optional[str]",
    "rt41_error_import_try_v0_except_v1": ".message.content.strip() on Optional[str]",
    "rt41_local_module_exports_openai_class": "response.usage.total_tokens: usage is Optional in 1.x",
    "rt43_pkg_chat_models_set_endpoint_dispatch": ".message.content.strip() on Optional[str]",
    "rt43_pkg_model_for_task_function_endpoint_compare": ".message.content.strip() on Optional[str]",
    "rt44_pkg_token_budgeter_fit_max_tokens_method": "response.usage.total_tokens: usage "
                                                     "is Optional in 1.x",
    "rt44_scripts_usage_report_compares_own_literal": "response.usage.total_tokens: usage is "
                                                      "Optional in 1.x",
    "rt45_pkg_async_gather_semaphore_json_config": "response.usage.completion_tokens: usage is "
                                                   "Optional in 1.x",
    "rt45_pkg_dotenv_model_and_temperature_keys": ".message.content.strip() on Optional[str]",
    "rt45_pkg_wrapper_singleton_factory_explicit_params": ".message.content.strip() on "
                                                          "Optional[str]",
    "rt46_flask_views_summarize_and_title": "usage.total_tokens: usage is Optional in 1.x",
    "rt47_pkg_eval_harness_labelled_models_response_model_check": "usage.completion_tokens: "
                                                                  "usage is Optional in 1.x",
    "rt46_stream_function_call_deltas_assistant": "FUNCTIONS, a module list of JSON-schema "
                                                  "dicts, is inferred list[dict[str, ...]], "
                                                  "which matches no overload of create() (as "
                                                  "hand-written 1.x code with the same list)",
    "rt47_pkg_function_router_schema_module_forced_call": "create(..., **extra) with extra "
                                                          "a dict[str, Unknown] is checked "
                                                          "against every parameter, and "
                                                          "messages is inferred list[dict[str, "
                                                          "Unknown]] (as hand-written 1.x code)",
    "rt48_course_chatbot_messages_append_content_loop": (
        "usage.total_tokens: usage is Optional in "
        "1.x"),
    "rt48_course_get_completion_defined_after_main": "usage.*_tokens: usage is Optional in 1.x",
    "rt48_course_response_rebound_to_helper_string": (
        "usage.total_tokens: usage is Optional in "
        "1.x"),
    "rt48_course_tour_response_rebound_endpoints": "usage.total_tokens: usage is Optional in 1.x",
    "rt48_tutorial_edit_then_chat_same_response": "usage.total_tokens: usage is Optional in 1.x",
    "rt48_tutorial_global_response_read_in_function": (
        "usage.total_tokens: usage is Optional in "
        "1.x"),
    "rt48_tutorial_n_choices_chat_and_completion": (
        "usage.completion_tokens: usage is Optional in "
        "1.x"),
    "rt48_tutorial_use_chat_flag_if_else_branches": "usage.total_tokens: usage is Optional in 1.x",
    "rt49_azure_settings_contextmanager_restore": (
        "AzureOpenAI(azure_endpoint=os.environ.get(...)): "
        "str | None, as hand-written 1.x code reading "
        "the environment"),
    "rt49_azure_stream_forced_function_deltas_explicit": (
        "AzureOpenAI(azure_endpoint=os.getenv(...)): "
        "str | None; FUNCTIONS inferred "
        "list[dict[str, ...]] matches no "
        "overload of create() (as hand-written "
        "1.x code)"),
    "rt49_azure_timeout_fallback_openai_per_call": (
        "messages inferred list[dict[str, Unknown]] "
        "(as hand-written 1.x code building them in a "
        "variable)"),
    "rt51_embedding_base64_explicit_array_decode_neighbours": (
        "encoding_format='base64': the API sends a string, the SDK types .embedding as "
        "List[float] (b64decode of it)"),
    "rt51_image_edit_helper_size_param_mask_written_b64": (
        "images' data and b64_json are Optional in 1.x"),
    "rt52_async_bot_cogs_acreate_gather_shared_llm": (
        "messages inferred list[dict[str, Unknown]] (as hand-written 1.x code building them in "
        "a variable)"),
    "rt52_streamlit_multipage_utils_config_env": "usage.total_tokens: usage is Optional in 1.x",
    "rt53_async_compat_asyncopenai_guard_gather": (
        "messages inferred list[dict[str, Unknown]] (as hand-written 1.x code)"),
    "rt53_compat_layer_chat_used_by_three_modules": (
        "message.content is Optional in 1.x (.strip() on it)"),
    "rt53_module_api_base_read_by_guarded_client": (
        "except (openai.RateLimitError, getattr(...) or ()): a nested tuple, valid at run time, "
        "which pyright does not take as an exception class"),
    "rt53_self_check_asserts_response_shape": (
        "message.content is Optional in 1.x (.endswith() on it)"),
    "rt53_stream_compat_generator_try_import": (
        "messages inferred list[dict[str, Unknown]], which matches no overload of create() (as "
        "hand-written 1.x code)"),
    "rt53_try_import_openai_none_assistant_class_completion": (
        "messages inferred list[dict[str, Unknown]] (as hand-written 1.x code)"),
    "rt53_version_string_minimum_guard_function_call": (
        "message.function_call is Optional in 1.x (.name / .arguments on it)"),
    "rt55_acreate_stream_function_call_arguments": (
        "FUNCTIONS inferred list[dict[str, ...]] matches no overload of create() (as "
        "hand-written 1.x code with the same list)"),
    "rt55_stream_chunks_kept_for_transcript": (
        "messages inferred list[dict[str, Unknown]], which matches no overload of create() (as "
        "hand-written 1.x code)"),
    "rt55_stream_flag_argparse_two_levels": (
        "create(stream=stream) with a run-time flag types its result as ChatCompletion | "
        "Stream, and the branch reading .choices is not narrowed (as hand-written 1.x code)"),
    "rt56_final_constants_max_tokens_embed_chat": "answer() -> tuple[str, str] returns "
                                                  "(message.content, finish_reason): "
                                                  "Optional[str] and a Literal",
    "rt56_init_subclass_class_keyword_model": "run() -> str returns .message.content, "
                                              "Optional[str]",
    "rt56_newtype_model_id_final_constants": "complete() -> str returns .message.content, "
                                             "Optional[str]",
    "rt56_pkg_provider_abc_init_subclass_registry_config": "complete() -> str returns "
                                                           ".message.content, Optional[str]",
    "rt56_protocol_backends_chat_completion_echo": "generate() -> str returns "
                                                   ".message.content, Optional[str]",
    "rt56_typeddict_message_from_reply_splat": "messages=history, the program's own "
                                               "List[Message] TypedDict, is not an "
                                               "Iterable[ChatCompletionMessageParam]",
    "rt57_cache_value_isinstance_dict_or_text": (
        "CACHE = {question: answer text} is inferred as dict[str, str], so storing the response's "
        "dict view in it is flagged (0.x's create() was untyped; the program mixes both kinds)"),
    "rt57_sqlite_cache_rows_listed_by_model": (
        "response.usage.total_tokens: usage is Optional in 1.x"),
    "rt58_jsonl_prompts_file_completion_pool_results_jsonl": (
        "response.usage.total_tokens: usage is Optional in 1.x"),
    "rt58_request_timeout_connect_read_tuple_slow_item": (
        "timeout=TIMEOUT, a (connect, read) tuple httpx takes at run time, where the SDK types "
        "float | httpx.Timeout; it runs (as chat_request_timeout_tuple)"),
    # the dict view of a copied reply (rt61's to_dict_recursive() through the view)
    "chat_to_dict_recursive_log": (
        "_openai_object(...).to_dict_recursive(): the dict view's own method, which the helper's "
        "`-> dict` annotation hides from pyright; it runs"),
    "rt26_nb_to_dict_recursive_then_keys": (
        "_openai_object(...).to_dict_recursive(): the dict view's own method, which the helper's "
        "`-> dict` annotation hides from pyright; it runs"),
    "rt30_to_dict_recursive_jsonl_then_summary": (
        "_openai_object(...).to_dict_recursive(): the dict view's own method, which the helper's "
        "`-> dict` annotation hides from pyright; it runs"),
    "rt46_discord_persona_bot_transcript_dicts": (
        "_openai_object(...).to_dict_recursive(): the dict view's own method, which the helper's "
        "`-> dict` annotation hides from pyright; it runs"),
    "rt61_to_dict_recursive_and_attr_same_function": (
        "_openai_object(...).to_dict_recursive(): the dict view's own method, which the helper's "
        "`-> dict` annotation hides from pyright; it runs"),
    "rt61_to_dict_recursive_record_archived_choice_fields": (
        "_openai_object(...).to_dict_recursive(): the dict view's own method, which the helper's "
        "`-> dict` annotation hides from pyright; it runs"),
    "rt59_chat_n3_majority_mixed_attr_and_key_access": (
        "choice.message.content.lower() and response.usage.completion_tokens: content and usage "
        "are Optional in 1.x"),
    "rt59_csv_dictreader_chat_label_predictions_file_named_by_model": (
        "message.content.lower(): content is Optional in 1.x"),
    "rt60_argparse_choices_allowlist_constant": (
        "response.usage.total_tokens: usage is Optional in 1.x"),
    "rt60_pkg_get_settings_lru_cache_llm_module": (
        "-> str returns .message.content, Optional[str]"),
    "rt61_history_appends_message_object_resent": (
        "messages=history, the program's own list of dicts inferred as list[dict[str, Unknown]]"),
    "rt61_message_get_function_call_none_default": (
        "**extra, the program's {'function_call': {...}} if force else {} inferred as "
        "dict[str, dict[str, str]], matched against every keyword of create()"),
    "rt61_message_to_dict_json_and_function_call_membership": (
        "**kwargs, the program's dict(model=..., messages=[...], functions=...) inferred as "
        "dict[str, str | list[dict[str, str]]], matched against every keyword of create()"),
    "rt62_asyncopenai_aclient_title_legacy_acreate_summary": (
        "messages=, the program's own list of dicts inferred as list[dict[str, Unknown]]"),
    "rt62_cache_client_and_lazy_openai_client_global": (
        "messages=, the program's own list of dicts inferred as list[dict[str, Unknown]]"),
    "rt62_compat_shim_forwards_caller_temperature": (
        "_openai_object(...).to_dict_recursive(): the view's own method, hidden by the helper's "
        "-> dict annotation"),
    "rt62_rollout_flag_settings_client_none_on_v1_too": (
        "messages= of list[dict[str, Unknown]]; 'old: ' + message.content, typed Optional"),
    "rt62_settings_v1_client_beside_module_api_key": (
        "message.content.strip() on Optional[str]; messages= of list[dict[str, Unknown]]"),
    "selfhosted_vicuna_completions": "batch.usage.total_tokens: usage is typed Optional",
}


def load_expect(case: str) -> dict[str, Any]:
    expect = tomllib.loads((CASES_DIR / case / "expect.toml").read_text())
    assert expect.get("expect") in EXPECTATIONS, f"{case}: expect must be one of {EXPECTATIONS}"
    if expect["expect"] == "manual":
        assert expect.get("reason"), f"{case}: a manual case names the reason substring"
    return expect


def _marks(case: str) -> list[Any]:
    if case in KNOWN_GAPS:
        return [pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[case])]
    return []


@dataclass
class Outcome:
    case: str
    expect: dict[str, Any]
    workdir: Path
    original: Run
    fix: Optional[Run] = None
    report: dict[str, Any] = field(default_factory=dict)
    changed: dict[str, tuple[str, str]] = field(default_factory=dict)  # path -> (before, after)
    fixed: Optional[Run] = None
    old_models: set[str] = field(default_factory=set)
    new_models: set[str] = field(default_factory=set)
    new_requests: list[LogEntry] = field(default_factory=list)

    def findings(self) -> list[dict[str, Any]]:
        return list(self.report.get("findings", []))

    def diff(self) -> str:
        return "".join(
            "".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True),
                                         f"a/{path}", f"b/{path}"))
            for path, (before, after) in self.changed.items())

    def explain(self) -> str:
        lines = [f"case {self.case} (expect {self.expect['expect']})",
                 "=== original (openai 0.28.1, era 2023)", self.original.show()]
        if self.fix is not None:
            lines += ["=== gptmigrate --fix --unsafe-fixes", self.diff() or "(no change)",
                      "remaining findings:"]
            lines += [f"  {f.get('path')}:{f.get('line')} {f.get('code')} {f.get('message')}"
                      for f in self.findings()]
            if self.fix.returncode not in (0, 1):
                lines.append(self.fix.show())
        if self.fixed is not None:
            lines += ["=== fixed (current openai, era now)", self.fixed.show()]
        return "\n".join(lines)


def _environment(base_url: str, key: str) -> dict[str, str]:
    env = {k: v for k, v in SESSION_ENVIRONMENT.items()
           if not k.startswith(("OPENAI", "AZURE", "PYTHON"))}
    env.update({
        "OPENAI_API_KEY": key,
        "OPENAI_API_BASE": base_url + "/v1",  # openai 0.x
        "OPENAI_BASE_URL": base_url + "/v1",  # openai 1.x and later
        "AZURE_OPENAI_ENDPOINT": base_url,
        "AZURE_OPENAI_API_KEY": key,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
        "NO_PROXY": "127.0.0.1,localhost",
        "SSL_CERT_FILE": str(LOCAL_CA),
    })
    return env


# What the warm pythons import before forking a program: the SDK each side runs (the scans have
# warm pythons of their own, harness.scan_fix).
LEGACY_PRELOAD = ("openai",)
# (and the current SDK's resources, which its client imports on first use: a package's dotted
# modules are imported once, only top-level `__init__`s run again in each program)
CURRENT_PRELOAD = ("openai", "openai.resources")


def evaluate(case: str, workroot: Path, legacy_python: Path, servers: Servers,
             warm: WarmPythons) -> Outcome:
    """Run the original, fix a copy, run the copy: everything a case's tests assert on."""
    expect = load_expect(case)
    entry = expect.get("entry", "main.py")
    original_dir, fixed_dir = workroot / case / "original", workroot / case / "fixed"
    ignore = shutil.ignore_patterns("expect.toml", "__pycache__")
    shutil.copytree(CASES_DIR / case, original_dir, ignore=ignore)
    shutil.copytree(CASES_DIR / case, fixed_dir, ignore=ignore)
    old_key, new_key = f"test-{case}-2023", f"test-{case}-now"
    outcome = Outcome(case, expect, fixed_dir, warm.run(
        legacy_python, LEGACY_PRELOAD, [entry], original_dir,
        _environment(servers.old_url, old_key)))
    outcome.old_models = {e.model for e in servers.old.requests_of(old_key) if e.model}
    before = _sources(fixed_dir)
    outcome.fix = scan_fix(fixed_dir)
    try:
        outcome.report = json.loads(outcome.fix.stdout)
    except ValueError:
        outcome.report = {}
    after = _sources(fixed_dir)
    outcome.changed = {p: (before[p], after[p]) for p in before if before[p] != after.get(p)}
    outcome.fixed = warm.run(Path(sys.executable), CURRENT_PRELOAD, [entry], fixed_dir,
                             _environment(servers.new_url, new_key))
    outcome.new_requests = servers.new.requests_of(new_key)
    outcome.new_models = {e.model for e in outcome.new_requests if e.model}
    return outcome


@pytest.fixture(scope="session")
def legacy_python() -> Path:
    return legacy_venv(LEGACY_VENV, LEGACY_SDK, LEGACY_SDK)


@pytest.fixture(scope="session")
def servers():
    running = Servers().start()
    yield running
    running.close()


@pytest.fixture(scope="session")
def outcomes(request, tmp_path_factory, legacy_python, servers) -> dict[str, Future]:
    """Every selected case evaluated in a thread pool (subprocesses do the work), started on
    first use so one test's wait covers the others' runs."""
    mine = [item for item in request.session.items if item.module.__name__ == __name__]
    if any(item.name == "test_rewritten_files_type_check" for item in mine):
        selected = CASES
    else:
        selected = sorted({item.callspec.params["case"] for item in mine
                           if hasattr(item, "callspec") and "case" in item.callspec.params})
    root = tmp_path_factory.mktemp("execution")
    pool = ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2))
    warm = WarmPythons()
    futures = {case: pool.submit(evaluate, case, root, legacy_python, servers, warm)
               for case in selected}
    yield futures
    pool.shutdown(wait=True, cancel_futures=True)
    warm.close()


def outcome_of(outcomes: dict[str, Future], case: str) -> Outcome:
    return outcomes[case].result()


def _manual_hits(outcome: Outcome, reason: str, code: Optional[str]) -> list[dict[str, Any]]:
    return [f for f in outcome.findings() if reason in f.get("message", "")
            and (code is None or f.get("code") == code)]


@pytest.mark.parametrize("case", CASES)
def test_original_runs_on_openai_0_28(outcomes, case):
    """Every case is valid legacy code: it runs on openai 0.28.1 against the 2023 API."""
    outcome = outcome_of(outcomes, case)
    assert outcome.original.returncode == 0 and outcome.original.stdout.strip(), outcome.explain()


@pytest.mark.parametrize("case", [pytest.param(c, marks=_marks(c)) for c in CASES])
def test_rewrite(outcomes, case):
    """The fixed program does what expect.toml says (see the module docstring)."""
    outcome = outcome_of(outcomes, case)
    assert outcome.original.returncode == 0, "the original must run first:\n" + outcome.explain()
    assert outcome.fix is not None and outcome.fix.returncode in (0, 1), outcome.explain()
    assert not outcome.report.get("errors"), outcome.explain()
    for path, (_, after) in outcome.changed.items():
        compile(after, path, "exec")
    kind = outcome.expect["expect"]
    same_output = outcome.fixed is not None and outcome.fixed.returncode == 0 \
        and outcome.fixed.stdout == outcome.original.stdout
    accepted_manual = outcome.expect.get("manual_ok")
    if kind == "runs" and accepted_manual and _manual_hits(outcome, accepted_manual, None):
        kind = "manual"  # left for manual work with a reason expect.toml accepts
    if kind == "runs":
        assert outcome.changed, "nothing was rewritten:\n" + outcome.explain()
        assert same_output, outcome.explain()
        dying = {m for m in outcome.new_models - outcome.old_models if m in SHUTDOWN_ANNOUNCED}
        assert not dying, f"the fix moved onto models with a shutdown date {dying}:\n" \
            + outcome.explain()
    elif kind == "manual":
        reason = accepted_manual or outcome.expect["reason"]
        assert _manual_hits(outcome, reason, outcome.expect.get("code")), \
            f"no remaining finding says {reason!r}:\n" + outcome.explain()
        assert not outcome.changed or same_output or _stops_at_manual_work(outcome), \
            outcome.explain()
    else:
        assert not outcome.changed, outcome.explain()
        assert same_output, outcome.explain()


def _stops_at_manual_work(outcome: Outcome) -> bool:
    """A partly rewritten program may stop where the manual work is, nowhere else: at a 0.x
    call left as it was (APIRemovedInV1), at a 0.x `openai.error` class or an import of a
    removed helper module (`openai.openai_object`, `openai.util`: detect.REMOVED_HELPERS) left
    as it was, or at the retired model the original itself called (404), which the manual
    finding is about."""
    if outcome.fixed is None:
        return False
    if "APIRemovedInV1" in outcome.fixed.stderr \
            or "module 'openai' has no attribute 'error'" in outcome.fixed.stderr \
            or "No module named 'openai.error'" in outcome.fixed.stderr \
            or any(f"No module named 'openai.{module}'" in outcome.fixed.stderr
                   for module in REMOVED_HELPERS):
        return True
    return any(e.status == 404 and e.model in outcome.old_models for e in outcome.new_requests)


def _type_errors(root: Path) -> dict[str, list[tuple[int, str]]]:
    """basedpyright's errors under root, per file relative to root: (line, rule: message)."""
    (root / "pyrightconfig.json").write_text(json.dumps(
        {"typeCheckingMode": "standard", "pythonVersion": f"{sys.version_info[0]}.{sys.version_info[1]}"}))
    checker = Path(sys.executable).with_name("basedpyright")
    done = subprocess.run([str(checker), "--outputjson", "--level", "error",
                           "--pythonpath", sys.executable, "."],
                          cwd=root, capture_output=True, text=True, timeout=600)
    report = json.loads(done.stdout)
    errors: dict[str, list[tuple[int, str]]] = {}
    for item in report["generalDiagnostics"]:
        path = str(Path(item["file"]).resolve().relative_to(root.resolve()))
        errors.setdefault(path, []).append(
            (item["range"]["start"]["line"] + 1, f"{item.get('rule', '')}: {item['message']}"))
    return errors


# pyright infers `[{"role": "user", "content": text}]` held in a variable as list[dict[str, str]],
# which it cannot match to the SDK's message TypedDicts; any hand-written 1.x code that builds its
# messages in a variable has this error, so it says nothing about the rewrite. A list of anything
# else (e.g. dict[str, str | list[str]], a list as content) is still reported.
INFERRED_MESSAGES = re.compile(
    r'reportArgumentType: Argument of type "list\[dict\[str, str\]\]" cannot be assigned to '
    r'parameter "messages"')


def _changed_lines(before: str, after: str) -> set[int]:
    """1-based numbers of the lines of `after` that the rewrite inserted or replaced."""
    matcher = difflib.SequenceMatcher(None, before.splitlines(), after.splitlines(), autojunk=False)
    return {line + 1 for tag, _, _, j1, j2 in matcher.get_opcodes() if tag != "equal"
            for line in range(j1, j2)}


def test_rewritten_files_type_check(outcomes, tmp_path):
    """Every file a rewrite changed, type-checked with the current openai SDK installed: no error
    on a changed line that the original file did not have (matched by rule and message)."""
    changed = {case: outcome_of(outcomes, case).changed for case in CASES}
    for case, files in changed.items():
        for path, (before, after) in files.items():
            for side, text in (("original", before), ("fixed", after)):
                target = tmp_path / side / case / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text)
    if not any(changed.values()):
        pytest.skip("no case was rewritten")
    errors = _type_errors(tmp_path)
    new: dict[str, list[str]] = {}
    for case, files in changed.items():
        for path, (before, after) in files.items():
            old = [message for _, message in errors.get(f"original/{case}/{path}", [])]
            lines = _changed_lines(before, after)
            for line, message in errors.get(f"fixed/{case}/{path}", []):
                if INFERRED_MESSAGES.match(message):
                    continue
                if message in old:
                    old.remove(message)
                elif line in lines:
                    new.setdefault(case, []).append(f"{path}:{line} {message}")
    unexpected = {case: found for case, found in new.items() if case not in STATIC_KNOWN_GAPS}
    assert not unexpected, json.dumps(unexpected, indent=1)
    rewritten = {case for case, files in changed.items() if files}
    flipped = sorted(set(STATIC_KNOWN_GAPS) & rewritten - set(new))
    assert not flipped, f"now type-check clean, remove from STATIC_KNOWN_GAPS: {flipped}"


def test_cases_are_well_formed():
    """Each case: an expect.toml, an entry point, a requirements.txt that admits openai>=1."""
    assert len(CASES) >= 60
    for case in CASES:
        expect = load_expect(case)
        folder = CASES_DIR / case
        assert (folder / expect.get("entry", "main.py")).is_file(), case
        requirement = (folder / "requirements.txt").read_text()
        assert "openai>=1" in requirement, case
        assert expect.get("covers"), f"{case}: say in `covers` which shape the case is about"
    assert set(KNOWN_GAPS) <= set(CASES), set(KNOWN_GAPS) - set(CASES)
