"""google-generativeai -> google-genai (migrations/google_genai.py) through the pure core.

Each shape the migration refuses is one case: the module must stay byte for byte as it was,
and the GM211 finding must say why, naming the line. The shapes it takes are checked for what
the fixtures cannot show: the text compiles, the old SDK is gone from it, and a second run
changes nothing. Execution proof: tests/test_execution_providers.py (gemini_* cases).
"""

from __future__ import annotations

import pytest

from conftest import TODAY, make_context
from gptmigrate.engine import check_source, fix_source

CTX = make_context(as_of=TODAY, select=("GM",))

HEAD = "import google.generativeai as genai\n\n"
MODEL = 'model = genai.GenerativeModel("gemini-3.1-pro-preview")\n'

MANUAL = {
    "two imports": (HEAD + "def f():\n    from google import generativeai\n"
                    "    return generativeai.embed_content(model='models/gemini-embedding-001', "
                    "content='x')['embedding']\n", "imported more than once"),
    "plain import": ("import google.generativeai\n\n"
                     "google.generativeai.configure(api_key='k')\n", "without `as`"),
    "import in a block": ("try:\n    import google.generativeai as genai\nexcept ImportError:\n"
                          "    genai = None\n", "inside a function or a block"),
    "configure in a function": (HEAD + "def setup(key):\n    genai.configure(api_key=key)\n\n\n"
                                + MODEL + "print(model.generate_content('x').text)\n",
                                "line 4: configure() is called inside a function or a block, "
                                "and line 8 calls the API outside"),
    "configure under __main__, calls in functions": (
        HEAD + MODEL + "def ask(q):\n    return model.generate_content(q).text\n\n\n"
        "if __name__ == '__main__':\n    genai.configure(api_key='k')\n    print(ask('x'))\n",
        "line 9: configure() is called inside a function or a block, and line 5 calls"),
    "configure in a try": (HEAD + MODEL + "try:\n    genai.configure(api_key='k')\n"
                           "except KeyError:\n    pass\nprint(model.generate_content('x').text)\n",
                           "and line 8 calls the API outside"),
    "configure with transport": (HEAD + "genai.configure(api_key='k', transport='rest')\n"
                                 + MODEL + "print(model.generate_content('x').text)\n",
                                 "takes more than api_key="),
    "configure after use": (HEAD + MODEL + "print(model.generate_content('x').text)\n"
                            "genai.configure(api_key='k')\n", "comes after a call"),
    "configure only (for other modules)": (HEAD + "def setup(key):\n    genai.configure("
                                           "api_key=key)\n",
                                           "configure() sets the SDK up for code elsewhere"),
    "turns in a name": (HEAD + MODEL + "turns = [{'role': 'user', 'parts': ['x']}]\n"
                        "print(model.generate_content(turns).text)\n",
                        "contents given as a list or dict"),
    "turns appended": (HEAD + MODEL + "def ask(history, q):\n    history.append({'role': "
                       "'user', 'parts': [q]})\n    return model.generate_content(history).text\n",
                       "the contents (history) may be a list of turns"),
    "turns from a call": (HEAD + MODEL + "def ask(history):\n    messages = to_turns(history)\n"
                          "    return model.generate_content(messages).text\n",
                          "the contents (messages) may be a list of turns"),
    "model passed on": (HEAD + MODEL + "run(model)\n", "used otherwise than by calling"),
    "model on self": (HEAD + "class Bot:\n    def __init__(self):\n"
                      "        self.model = genai.GenerativeModel('gemini-3.1-pro-preview')\n",
                      "self.model is not used here"),
    "model on self, read elsewhere": (HEAD + "class Bot:\n    def __init__(self):\n"
                                      "        self.model = genai.GenerativeModel('gemini-3.1-"
                                      "pro-preview')\n\n    def ask(self, q):\n        return "
                                      "self.model.generate_content(q).text\n\n\nbot = Bot()\n"
                                      "print(bot.model)\n", ".model is also read on line 12"),
    "model on self, subclassed": (HEAD + "class Bot:\n    def __init__(self):\n"
                                  "        self.model = genai.GenerativeModel('gemini-3.1-pro-"
                                  "preview')\n\n    def ask(self, q):\n        return self."
                                  "model.generate_content(q).text\n\n\nclass Other(Bot):\n"
                                  "    pass\n", "Other subclasses Bot"),
    "model on self, settings from a parameter, __slots__": (
        HEAD + "class Bot:\n    __slots__ = ('model',)\n\n    def __init__(self, system):\n"
        "        self.model = genai.GenerativeModel('gemini-3.1-pro-preview', "
        "system_instruction=system)\n\n"
        "    def ask(self, q):\n        return self.model.generate_content(q).text\n",
        "the class limits its attributes (__slots__"),
    "model on self, settings reassigned before the model": (
        HEAD + "class Bot:\n    def __init__(self, system):\n        system = system.strip()\n"
        "        self.model = genai.GenerativeModel('gemini-3.1-pro-preview', "
        "system_instruction=system)\n\n"
        "    def ask(self, q):\n        return self.model.generate_content(q).text\n",
        "system may change"),
    "embed helper handed on": (HEAD + "def embed(text):\n    return genai.embed_content(model="
                               "'models/gemini-embedding-001', content=text)['embedding']\n\n\n"
                               "vectors = list(map(embed, ['a', 'b']))\n",
                               "(embed is used on line 7 otherwise than called"),
    "model on self, configured in another method": (
        HEAD + "class Bot:\n    def __init__(self):\n        self.model = genai.GenerativeModel("
        "'gemini-3.1-pro-preview')\n\n    def setup(self, key):\n        genai.configure("
        "api_key=key)\n\n    def ask(self, q):\n        return self.model.generate_content(q)"
        ".text\n", "configure() is called inside a function or a block"),
    "chat": (HEAD + MODEL + "chat = model.start_chat()\n", "start_chat() is not rewritten"),
    "async": (HEAD + MODEL + "async def f():\n    return (await model.generate_content_async("
              "'x')).text\n", "generate_content_async() is not rewritten"),
    "count tokens read whole": (HEAD + MODEL + "print(model.count_tokens('x'))\n",
                                "only .total_tokens of its result is rewritten"),
    "safety settings": (HEAD + "model = genai.GenerativeModel('gemini-3.1-pro-preview', "
                        "safety_settings={'HARASSMENT': 'BLOCK_NONE'})\n"
                        "print(model.generate_content('x').text)\n", "safety_settings= is not"),
    "tools on the call": (HEAD + MODEL + "print(model.generate_content('x', tools=[f]).text)\n",
                          "generate_content(tools=...) is not rewritten"),
    "no model": (HEAD + "model = genai.GenerativeModel()\n"
                 "print(model.generate_content('x').text)\n", "no model is named"),
    "retired model": (HEAD + "model = genai.GenerativeModel('models/gemini-1.5-pro')\n"
                      "print(model.generate_content('x').text)\n",
                      "the model gemini-1.5-pro was shut down on 2025-09-24"),
    "retired model through a constant": (HEAD + "NAME = 'gemini-2.0-flash'\n"
                                         "model = genai.GenerativeModel(NAME)\n"
                                         "print(model.generate_content('x').text)\n",
                                         "the model gemini-2.0-flash was shut down"),
    "retired model as a parameter's default": (HEAD + "def ask(q, model_id='gemini-1.5-flash'):"
                                               "\n    model = genai.GenerativeModel(model_id)\n"
                                               "    return model.generate_content(q).text\n",
                                               "the model gemini-1.5-flash was shut down"),
    "list contents": (HEAD + MODEL + "print(model.generate_content([{'role': 'user', 'parts': "
                      "['x']}]).text)\n", "contents given as a list or dict"),
    "response returned": (HEAD + MODEL + "def f(q):\n    return model.generate_content(q)\n",
                          "the response is returned"),
    "response candidates": (HEAD + MODEL + "r = model.generate_content('x')\n"
                            "print(r.candidates[0].content.parts[0].text)\n",
                            "the response's .candidates is read"),
    "response attribute set": (HEAD + MODEL + "r = model.generate_content('x')\n"
                               "r.text = 'y'\n", "the response's .text is set"),
    "stream resolved": (HEAD + MODEL + "r = model.generate_content('x', stream=True)\n"
                        "r.resolve()\n", "rather than iterated"),
    "stream chunk whole": (HEAD + MODEL + "for c in model.generate_content('x', stream=True):\n"
                           "    print(c)\n", "read otherwise than .text"),
    "settings on both": (HEAD + "model = genai.GenerativeModel('gemini-3.1-pro-preview', "
                         "generation_config={'temperature': 0})\n"
                         "print(model.generate_content('x', generation_config={'top_k': 2}).text)"
                         "\n", "settings both on the model and on the call"),
    "setting computed": (HEAD + "model = genai.GenerativeModel('gemini-3.1-pro-preview', "
                         "system_instruction=load())\nprint(model.generate_content('x').text)\n",
                         "load() is computed where the model is made"),
    "setting rebound": (HEAD + "SYSTEM = 'a'\nmodel = genai.GenerativeModel("
                        "'gemini-3.1-pro-preview', system_instruction=SYSTEM)\nSYSTEM = 'b'\n"
                        "print(model.generate_content('x').text)\n", "SYSTEM may change"),
    "unknown generation field": (HEAD + "model = genai.GenerativeModel('gemini-3.1-pro-preview',"
                                 " generation_config={'max_tokens': 5})\n"
                                 "print(model.generate_content('x').text)\n",
                                 "generation_config's max_tokens is not moved"),
    "a name imported that has no rewrite": ("from google.generativeai import GenerativeModel,"
                                            " ChatSession\n", "ChatSession imported from "
                                            "google.generativeai has no rewrite"),
    "genai taken by another import": ("from google.generativeai import GenerativeModel\n"
                                      "import genai\n\nm = GenerativeModel('gemini-3.1-pro-"
                                      "preview')\nprint(m.generate_content('x').text)\n",
                                      "the name genai is taken"),
    "palm text": (HEAD + "print(genai.generate_text(model='models/text-bison-001', "
                  "prompt='x').result)\n", "PaLM text generation"),
    "list models": (HEAD + "for m in genai.list_models():\n    print(m.name)\n",
                    "genai.list_models has no rewrite here"),
    "embedding of a list": (HEAD + "def f(texts):\n    return genai.embed_content(model="
                            "'models/gemini-embedding-001', content=texts)['embedding']\n",
                            "the content may be a list"),
    "embedding read whole": (HEAD + "print(genai.embed_content(model='models/gemini-embedding-001'"
                             ", content='x'))\n", "the result is passed to a function"),
    "embedding task computed": (HEAD + "def f(t: str, task):\n    return genai.embed_content("
                                "model='models/gemini-embedding-001', content=t, "
                                "task_type=task)['embedding']\n", "task_type is not a literal"),
    "embedding model unconfirmed": (HEAD + "v = genai.embed_content(model='models/text-"
                                    "embedding-004', content='x')['embedding']\n",
                                    "the model text-embedding-004 was shut down"),
    "client names taken": (HEAD + "client = 1\ngenai_client = 2\n" + MODEL
                           + "print(model.generate_content('x').text)\n",
                           "client and genai_client are taken"),
}


@pytest.mark.parametrize("name", sorted(MANUAL))
def test_refused_shapes_stay_as_they_are_and_say_why(name):
    source, reason = MANUAL[name]
    fixed, _, applied = fix_source(source, CTX, unsafe=True)
    findings = [f for f in check_source(source, CTX) if f.code == "GM211"]
    messages = [f.message for f in findings]
    assert fixed == source and applied == 0, fixed
    assert any(reason in message for message in messages), messages


TAKEN = {
    "module model": HEAD + "genai.configure(api_key='k')\n" + MODEL
    + "print(model.generate_content('x').text)\n",
    "no configure, constant settings": HEAD + "SYSTEM = 'be brief'\n"
    "model = genai.GenerativeModel('gemini-3.1-pro-preview', system_instruction=SYSTEM, "
    "generation_config=genai.GenerationConfig(temperature=0.1))\n"
    "def ask(q):\n    r = model.generate_content(q)\n"
    "    return r.text, r.usage_metadata.total_token_count\n",
    "served model as a parameter's default": HEAD + "def ask(q, name='gemini-3.1-pro-preview')"
    ":\n    model = genai.GenerativeModel(name)\n    return model.generate_content(q).text\n",
    "local model": HEAD + "def ask(q, t=0.2):\n"
    "    m = genai.GenerativeModel('gemini-3.1-pro-preview', generation_config={'temperature': t})"
    "\n    return m.generate_content(q).text\n",
    "configure in the function that calls": HEAD + MODEL + "def main(key):\n"
    "    genai.configure(api_key=key)\n    for q in ('a', 'b'):\n"
    "        print(model.generate_content(q).text)\n",
    "configure under __main__ with the calls": HEAD + "if __name__ == '__main__':\n"
    "    genai.configure(api_key='k')\n    m = genai.GenerativeModel('gemini-3.1-pro-preview')\n"
    "    print(m.generate_content('x').text)\n",
    "model the table renames to a served one": HEAD + "model = genai.GenerativeModel("
    "'gemini-2.5-pro-preview-03-25')\nprint(model.generate_content('x').text)\n",
    "names imported from the module": "from google.generativeai import GenerativeModel, "
    "GenerationConfig as Config, configure\n\nconfigure(api_key='k')\n"
    "m = GenerativeModel('gemini-3.1-pro-preview', generation_config=Config(top_k=3))\n"
    "print(m.generate_content('x').text)\n",
    "stream": HEAD + MODEL + "for c in model.generate_content('x', stream=True):\n"
    "    print(c.text.upper())\n",
    "embedding": HEAD + "def f(t: str):\n    r = genai.embed_content(model='models/"
    "gemini-embedding-001', content=t, task_type='query', output_dimensionality=256)\n"
    "    return r['embedding']\n",
    "import at the end of the file, no newline": "def f(t: str):\n    return genai.embed_content("
    "model='models/gemini-embedding-001', content=t)['embedding']\n\n\n"
    "import google.generativeai as genai",
    "model on self, configured in __init__": HEAD + "SYSTEM = 'be brief'\n\n\nclass Bot:\n"
    "    def __init__(self, key):\n        genai.configure(api_key=key)\n"
    "        self.model = genai.GenerativeModel('gemini-3.1-pro-preview', "
    "system_instruction=SYSTEM)\n\n    def ask(this, q):\n"
    "        return this.model.generate_content(q).text\n",
    "model on self, configured at module level": HEAD + "genai.configure(api_key='k')\n\n\n"
    "class Bot:\n    def __init__(self):\n        self.llm = genai.GenerativeModel('gemini-3.1-"
    "pro-preview')\n\n    def ask(self, q):\n        return self.llm.generate_content(q).text\n",
    "model on self, settings from a parameter": (
        HEAD + "class Bot:\n    def __init__(self, system, temperature=0.2):\n"
        "        self.model = genai.GenerativeModel('gemini-3.1-pro-preview', "
        "system_instruction=system,\n"
        "                                           generation_config=dict(temperature="
        "temperature))\n\n"
        "    def ask(self, q):\n        return self.model.generate_content(q).text\n"),
    "embed helper called with strings": (
        HEAD + "def embed(text, title=None):\n    r = genai.embed_content(model='models/gemini-"
        "embedding-001', content=text)\n    return r['embedding']\n\n\n"
        "QUESTION = 'why?'\nprint(embed('a'), embed(QUESTION), embed(text=f'{QUESTION}!'))\n"),
    "other alias, CRLF": ("import google.generativeai as palm\r\n\r\nv = palm.generate_embeddings("
                         "model='models/embedding-gecko-001', text=f'{1}')['embedding']\r\n"),
}


@pytest.mark.parametrize("name", sorted(TAKEN))
def test_taken_shapes_leave_no_old_sdk_and_are_stable(name):
    source = TAKEN[name]
    fixed, _, applied = fix_source(source, CTX, unsafe=True)
    assert applied and fixed != source
    compile(fixed, name, "exec")
    assert "generativeai" not in fixed and "from google import genai" in fixed
    assert "\r\n" not in source or "\n" not in fixed.replace("\r\n", "")
    again, _, more = fix_source(fixed, CTX, unsafe=True)
    assert again == fixed and more == 0
    assert not [f for f in check_source(fixed, CTX) if f.code in ("GM211", "GM111", "GM001")]


def test_a_palm_call_the_module_rewrite_moves_says_so():
    source = TAKEN["other alias, CRLF"]
    palm = [f for f in check_source(source, CTX) if f.code == "GM111"]
    assert palm and palm[0].message.endswith("Rewritten with the module by the GM211 fix on line 1")
    kept = MANUAL["palm text"][0]
    assert not [f for f in check_source(kept, CTX) if f.code == "GM111"
                and "Rewritten with the module" in f.message]


def test_a_model_object_another_module_imports_stays(tmp_path):
    """`model` becomes a model name: a module that imports the object would break."""
    from click.testing import CliRunner

    from gptmigrate.cli import main

    (tmp_path / "llm.py").write_text(HEAD + MODEL + "def ask(q):\n"
                                     "    return model.generate_content(q).text\n")
    (tmp_path / "app.py").write_text("from llm import model\n\n"
                                     "print(model.generate_content('hi').text)\n")
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--isolated", "--as-of",
                                       TODAY.isoformat(), "--unsafe-fixes", "--fix",
                                       "--no-cache"])
    assert "app.py imports model from here" in result.output, result.output
    assert (tmp_path / "llm.py").read_text().startswith(HEAD)
    (tmp_path / "app.py").unlink()
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--isolated", "--as-of",
                                       TODAY.isoformat(), "--unsafe-fixes", "--fix",
                                       "--no-cache"])
    assert (tmp_path / "llm.py").read_text().startswith("from google import genai")


def test_configure_that_other_modules_may_rely_on_stays(tmp_path):
    """configure() is process-wide: a module of the project that also uses the SDK may call
    it without configuring, so the module that configures is not moved before it."""
    from click.testing import CliRunner

    from gptmigrate.cli import main

    source = HEAD + "genai.configure(api_key='k')\n" + MODEL + "print(model.generate_content('x').text)\n"
    (tmp_path / "llm.py").write_text(source)
    (tmp_path / "chat.py").write_text("import google.generativeai as genai\n\n"
                                      "def ask(q):\n    return genai.GenerativeModel('gemini-3.1-"
                                      "pro-preview').generate_content(q).text\n")
    args = ["scan", str(tmp_path), "--isolated", "--as-of", TODAY.isoformat(), "--unsafe-fixes",
            "--fix", "--no-cache"]
    result = CliRunner().invoke(main, args)
    assert "may also set the SDK up for chat.py" in result.output, result.output
    assert (tmp_path / "llm.py").read_text() == source
    (tmp_path / "chat.py").unlink()
    CliRunner().invoke(main, args)
    assert (tmp_path / "llm.py").read_text().startswith("from google import genai")


WRAPPER = (HEAD + "genai.configure(api_key='k')\n\n\nclass GeminiLLM:\n"
           "    def __init__(self, model_name='gemini-3.1-pro-preview', temperature=0.2):\n"
           "        self.model = genai.GenerativeModel(model_name, generation_config=dict("
           "temperature=temperature))\n\n    def generate(self, prompt):\n"
           "        return self.model.generate_content(prompt).text\n")
MAIN = ("from llm import GeminiLLM\n\n\ndef main():\n    llm = GeminiLLM(temperature=0.7)\n"
        "    print(llm.generate('a name for a todo app'))\n")


@pytest.mark.parametrize("extra, reason", [
    ("", None),
    ("    print(llm.model.model_name)\n", "main.py (line 7) uses .model of an instance of "
                                          "GeminiLLM"),
    ("    run(llm)\n", "main.py (line 7) hands llm, an instance of GeminiLLM, on"),
    ("\n\nclass Mine(GeminiLLM):\n    pass\n", "main.py (line 9) uses GeminiLLM otherwise than "
                                                "by constructing it"),
])
def test_a_model_kept_on_self_moves_unless_another_module_may_read_it(tmp_path, extra, reason):
    """`self.model` becomes a model name: another module that constructs the class and calls
    its methods is not in the way; one that reads `.model` on an instance, or gets one where
    the scan cannot follow it, keeps the module manual."""
    from click.testing import CliRunner

    from gptmigrate.cli import main

    (tmp_path / "llm.py").write_text(WRAPPER)
    (tmp_path / "main.py").write_text(MAIN + extra)
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--isolated", "--as-of",
                                       TODAY.isoformat(), "--unsafe-fixes", "--fix",
                                       "--no-cache"])
    fixed = (tmp_path / "llm.py").read_text()
    if reason is None:
        assert fixed.startswith("from google import genai"), result.output
        assert "config=self.genai_config" in fixed and "self.genai_config = {" in fixed
        compile(fixed, "llm.py", "exec")
    else:
        assert fixed == WRAPPER
        assert reason in result.output, result.output
    assert (tmp_path / "main.py").read_text() == MAIN + extra


@pytest.mark.parametrize("caller, moved", [
    ("from helpers import embed\n\nprint(embed('a question'))\n", False),
    ("import helpers\n\nprint(helpers.embed(['a', 'b']))\n", False),
    ("import helpers\n\nprint(helpers.VERSION)\n", True),
])
def test_an_embed_helper_another_module_imports_keeps_its_content_unknown(tmp_path, caller,
                                                                          moved):
    """`embed(text)` called only with strings here: another module that imports it (or the
    module) may pass a list, so the content is one string only when no other module does."""
    from click.testing import CliRunner

    from gptmigrate.cli import main

    helpers = (HEAD + "VERSION = 1\n\n\ndef embed(text):\n    return genai.embed_content(model="
               "'models/embedding-001', content=text)['embedding']\n\n\nprint(embed('hi'))\n")
    (tmp_path / "helpers.py").write_text(helpers)
    (tmp_path / "app.py").write_text(caller)
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--isolated", "--as-of",
                                       TODAY.isoformat(), "--unsafe-fixes", "--fix",
                                       "--no-cache"])
    fixed = (tmp_path / "helpers.py").read_text()
    if moved:
        assert fixed.startswith("from google import genai"), result.output
        assert "gemini-embedding-001" in fixed and ".embeddings[0].values" in fixed
    else:
        # the module stays, and so does its model: no rename without the call that sends it
        assert fixed == helpers, result.output
        assert "(app.py imports embed() too)" in result.output, result.output
        assert "rename it when the module moves to google-genai" in result.output
