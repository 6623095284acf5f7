"""The Vertex AI SDK's removed modules -> google-genai on Vertex AI (migrations/vertex_genai.py)
through the pure core.

Each shape the migration refuses is one case: the module stays byte for byte as it was, and the
GM212 finding says why. The shapes it takes are checked for what the fixtures cannot show: the
text compiles, no vertexai import is left, and a second run changes nothing. Execution proof:
tests/test_execution_providers.py (vertex_* cases, aiplatform 1.60.0 vs google-genai).
"""

from __future__ import annotations

import pytest

from conftest import TODAY, make_context
from gptmigrate.engine import check_source, fix_source

CTX = make_context(as_of=TODAY, select=("GM",))

HEAD = ("import vertexai\nfrom vertexai.generative_models import GenerativeModel\n\n"
        "vertexai.init(project='p', location='us-central1')\n")
MODEL = "model = GenerativeModel('gemini-3.5-flash')\n"
ASK = "print(model.generate_content('x').text)\n"
EMBED = ("import vertexai\nfrom vertexai.language_models import TextEmbeddingModel\n\n"
         "vertexai.init(project='p', location='us-central1')\n"
         "m = TextEmbeddingModel.from_pretrained('text-embedding-005')\n")

MANUAL = {
    "no init": ("from vertexai.generative_models import GenerativeModel\n\n" + MODEL + ASK,
                "vertexai.init(project=..., location=...) is not called here"),
    "init without location": (HEAD.replace(", location='us-central1'", "") + MODEL + ASK,
                              "is not called here"),
    "init with a staging bucket": (HEAD.replace("location='us-central1'",
                                                "location='l', staging_bucket='gs://b'")
                                   + MODEL + ASK, "init() takes staging_bucket"),
    "palm class": ("import vertexai\nfrom vertexai.language_models import TextGenerationModel\n",
                   "TextGenerationModel is a PaLM / Codey class"),
    "other type": (HEAD.replace("GenerativeModel\n", "GenerativeModel, Tool\n") + MODEL + ASK
                   + "print(Tool)\n", "Tool from vertexai.generative_models has no rewrite here"),
    "vision module": (HEAD + "from vertexai.preview.vision_models import ImageGenerationModel\n",
                      "from vertexai.preview.vision_models import ... has no rewrite here"),
    "import in a function": (HEAD + MODEL + ASK + "def f():\n"
                             "    from vertexai.generative_models import GenerationConfig\n"
                             "    return GenerationConfig(temperature=0)\n",
                             "vertexai is imported inside a function or a block"),
    "submodule import": ("import vertexai.preview.generative_models\n",
                         "the import names more than `import vertexai`"),
    "vertexai used beyond init": (HEAD + MODEL + ASK + "print(vertexai.__version__)\n",
                                  "vertexai is used otherwise than by a call"),
    "retired model": (HEAD + "model = GenerativeModel('gemini-1.0-pro-001')\n" + ASK,
                      "the model gemini-1.0-pro-001 was shut down on 2025-04-09"),
    "retired model through a constant": (HEAD + "NAME = 'gemini-2.5-pro'\n"
                                         "model = GenerativeModel(NAME)\n" + ASK,
                                         "the model gemini-2.5-pro was shut down on 2026-10-16"),
    "chat": (HEAD + MODEL + "print(model.start_chat().send_message('x').text)\n",
             "start_chat() is not rewritten"),
    "settings on both": (HEAD + "model = GenerativeModel('gemini-3.5-flash', generation_config="
                         "{'temperature': 0})\nprint(model.generate_content('x', "
                         "generation_config={'top_k': 2}).text)\n",
                         "generation settings both on the model and on the call"),
    "import shares its line": ("import vertexai; from vertexai.generative_models import "
                               "GenerativeModel\n\nvertexai.init(project='p', location='l')\n"
                               + MODEL + ASK, "the import shares its line"),
    "google-genai already": ("from google import genai\n" + HEAD + MODEL + ASK,
                             "the module also imports a Google Gen AI SDK"),
    "safety settings as a dict constant read otherwise": (
        HEAD.replace("GenerativeModel\n", "GenerativeModel, HarmCategory, HarmBlockThreshold\n")
        + "SAFE = {HarmCategory.HARM_CATEGORY_HARASSMENT: HarmBlockThreshold.BLOCK_NONE}\n"
        + MODEL + "print(model.generate_content('x', safety_settings=SAFE).text, len(SAFE))\n",
        "safety_settings SAFE is a dict also read otherwise"),
    "safety setting with a method": (
        HEAD.replace("GenerativeModel\n", "GenerativeModel, SafetySetting\n") + MODEL
        + "s = [SafetySetting(category=SafetySetting.HarmCategory.HARM_CATEGORY_HARASSMENT, "
        "threshold=SafetySetting.HarmBlockThreshold.OFF, method=SafetySetting.HarmBlockMethod."
        "SEVERITY)]\nprint(model.generate_content('x', safety_settings=s).text)\n",
        "used otherwise than as SafetySetting(category=..., threshold=...)"),
    "safety settings on both": (
        HEAD.replace("GenerativeModel\n", "GenerativeModel, HarmCategory, HarmBlockThreshold\n")
        + "model = GenerativeModel('gemini-3.5-flash', safety_settings={HarmCategory."
        "HARM_CATEGORY_HARASSMENT: HarmBlockThreshold.OFF})\nprint(model.generate_content('x', "
        "safety_settings={HarmCategory.HARM_CATEGORY_HARASSMENT: HarmBlockThreshold.BLOCK_NONE}"
        ").text)\n", "safety settings both on the model and on the call"),
    "contents as a list of parts": (HEAD + MODEL + "print(model.generate_content(['a', load()])"
                                    ".text)\n", "contents given as a list or dict"),
    "aiplatform used beyond init, no vertexai.init": (
        HEAD.replace("import vertexai\n", "from google.cloud import aiplatform\n").replace(
            "vertexai.init", "aiplatform.init") + MODEL + ASK + "aiplatform.Endpoint('e')\n",
        "vertexai.init(project=..., location=...) is not called here"),
    "init only (for other modules)": (HEAD, "init() sets the SDK up for code elsewhere"),
    "part from a function response": (
        HEAD.replace("GenerativeModel\n", "GenerativeModel, Part\n") + MODEL
        + "p = Part.from_function_response(name='f', response={})\n"
        "print(model.generate_content([p]).text)\n",
        "contents given as a list or dict"),
    "parts built in a loop": (
        HEAD.replace("GenerativeModel\n", "GenerativeModel, Part\n") + MODEL
        + "parts = [Part.from_text(t) for t in ('a', 'b')]\n"
        "print(model.generate_content(parts).text)\n", "contents given as a list or dict"),
    "embedder passed on": (EMBED + "use(m)\n", "used otherwise than by calling get_embeddings"),
    "embeddings returned": (EMBED + "def f(t):\n    return m.get_embeddings(t)\n",
                            "the result is returned"),
    "embedding statistics": (EMBED + "print(m.get_embeddings(['a'])[0].statistics)\n",
                             "read otherwise than .values"),
    "embedding of one string": (EMBED + "print(m.get_embeddings('a')[0].values)\n",
                                "the texts are one string"),
    "embedding sliced": (EMBED + "print(m.get_embeddings(['a', 'b'])[1:])\n",
                         "the result is used as a whole"),
    "embedding task input": (EMBED.replace("TextEmbeddingModel\n",
                                           "TextEmbeddingModel, TextEmbeddingInput\n")
                             + "print(m.get_embeddings([TextEmbeddingInput('a', 'CLUSTERING')])"
                             "[0].values)\n",
                             "TextEmbeddingInput from vertexai.language_models has no rewrite"),
    "from_pretrained of a retired embedding with no target": (
        EMBED.replace("text-embedding-005", "textembedding-gecko@001")
        + "print(m.get_embeddings(['a'])[0].values)\n",
        "the model textembedding-gecko@001 was shut down"),
}


@pytest.mark.parametrize("name", sorted(MANUAL))
def test_refused_shapes_stay_as_they_are_and_say_why(name):
    source, reason = MANUAL[name]
    ctx = make_context(as_of=TODAY, select=("GM",),
                       targets={"embeddings": "no-such-model"}) if "no target" in name else CTX
    fixed, _, applied = fix_source(source, ctx, unsafe=True)
    messages = [f.message for f in check_source(source, ctx) if f.code == "GM212"]
    assert fixed == source and applied == 0, fixed
    assert messages and all(reason in message for message in messages), messages


TAKEN = {
    "generate with a config object": HEAD.replace("GenerativeModel\n",
                                                  "GenerativeModel, GenerationConfig\n")
    + "model = GenerativeModel('gemini-3.5-flash', system_instruction='s')\n"
    "def ask(q):\n    r = model.generate_content(q, generation_config=GenerationConfig("
    "temperature=0.5))\n    return r.text, r.usage_metadata.total_token_count\n",
    "preview module, renamed model": HEAD.replace("vertexai.generative_models",
                                                  "vertexai.preview.generative_models")
    + "model = GenerativeModel('gemini-2.5-flash')\n" + ASK,
    "stream and count": HEAD + MODEL + "print(model.count_tokens('a b').total_tokens)\n"
    "for chunk in model.generate_content('x', stream=True):\n    print(chunk.text)\n",
    "init in main with the calls": "import vertexai\nfrom vertexai.generative_models import "
    "GenerativeModel\n\n\ndef main():\n    vertexai.init(project='p', location='l')\n"
    "    model = GenerativeModel('gemini-3.5-flash')\n    print(model.generate_content('x').text)"
    "\n",
    "safety settings inline, on the model": HEAD.replace(
        "GenerativeModel\n", "GenerativeModel, HarmCategory, HarmBlockThreshold\n")
    + "model = GenerativeModel('gemini-3.5-flash', safety_settings={HarmCategory."
    "HARM_CATEGORY_HARASSMENT: HarmBlockThreshold.BLOCK_NONE})\n"
    "print(model.generate_content(['a', 'b'], generation_config={'temperature': 0}).text)\n",
    "safety setting list on the call": HEAD.replace("GenerativeModel\n",
                                                    "GenerativeModel, SafetySetting\n")
    + MODEL + "S = [SafetySetting(category=SafetySetting.HarmCategory.HARM_CATEGORY_HARASSMENT, "
    "threshold=SafetySetting.HarmBlockThreshold.OFF)]\n"
    "print(model.generate_content('x', safety_settings=S).text)\n",
    "aiplatform.init": HEAD.replace("import vertexai\n", "from google.cloud import aiplatform\n")
    .replace("vertexai.init", "aiplatform.init") + MODEL + ASK,
    "aiplatform kept for other uses": "from google.cloud import aiplatform, storage\n" + HEAD
    + MODEL + ASK + "aiplatform.init(experiment='x')\nprint(aiplatform.Endpoint, storage)\n",
    "multimodal parts": HEAD.replace("GenerativeModel\n", "GenerativeModel, Part\n") + MODEL
    + "img = Part.from_uri('gs://b/c.png', 'image/png')\n"
    "print(model.generate_content([img, Part.from_data(b'x', mime_type='text/plain'), "
    "Part.from_text(text='y'), 'z']).text)\n",
    "safety settings as a dict constant, a module alias, an unused import": (
        "import vertexai\nfrom vertexai.generative_models import GenerativeModel, FinishReason\n"
        "import vertexai.preview.generative_models as generative_models\n\n"
        "def generate():\n    vertexai.init(project='p', location='l')\n"
        "    model = GenerativeModel('gemini-3.5-flash')\n"
        "    responses = model.generate_content([text1], safety_settings=safety_settings, "
        "stream=True)\n    for response in responses:\n        print(response.text, end='')\n\n"
        "text1 = 'Hi'\nsafety_settings = {\n    generative_models.HarmCategory.HARM_CATEGORY_"
        "HATE_SPEECH: generative_models.HarmBlockThreshold.BLOCK_MEDIUM_AND_ABOVE,\n}\n"
        "generate()\n"),
    "module alias for everything": "import vertexai\nfrom vertexai import generative_models as "
    "gm\n\nvertexai.init(project='p', location='l')\nmodel = gm.GenerativeModel('gemini-3.5-"
    "flash', generation_config=gm.GenerationConfig(temperature=0), safety_settings=[gm."
    "SafetySetting(category=gm.HarmCategory.HARM_CATEGORY_HARASSMENT, threshold=gm.SafetySetting"
    ".HarmBlockThreshold.OFF)])\nprint(model.generate_content([gm.Part.from_text('x')]).text)\n",
    "embeddings": EMBED + "vs = m.get_embeddings(['a', 'b'])\nprint(len(vs), vs[0].values)\n"
    "for e in vs:\n    print(e.values)\n",
    "both modules, CRLF": (HEAD + "from vertexai.language_models import TextEmbeddingModel\n"
                           + MODEL + ASK + "e = TextEmbeddingModel.from_pretrained("
                           "'textembedding-gecko@002')\nprint(e.get_embeddings(['q'])[0].values)"
                           "\n").replace("\n", "\r\n"),
}


@pytest.mark.parametrize("name", sorted(TAKEN))
def test_taken_shapes_leave_no_vertexai_and_are_stable(name):
    source = TAKEN[name]
    fixed, _, applied = fix_source(source, CTX, unsafe=True)
    assert applied and fixed != source
    compile(fixed, name, "exec")
    assert "vertexai." not in fixed.replace("vertexai=True", "") and "import vertexai" not in fixed
    assert ("aiplatform" in fixed) == ("aiplatform, storage" in source)
    assert "from google import genai" in fixed and "genai.Client(vertexai=True" in fixed
    assert "\r\n" not in source or "\n" not in fixed.replace("\r\n", "")
    again, _, more = fix_source(fixed, CTX, unsafe=True)
    assert again == fixed and more == 0
    assert not [f for f in check_source(fixed, CTX) if f.code in ("GM212", "GM001")]


def test_a_renamed_model_is_written_and_said():
    source = TAKEN["preview module, renamed model"]
    fixed, _, _ = fix_source(source, CTX, unsafe=True)
    assert "model = \"gemini-3.1-flash-lite\"" in fixed
    findings = check_source(source, CTX)
    module = next(f for f in findings if f.code == "GM212")
    assert module.fix is not None
    assert "gemini-2.5-flash -> gemini-3.1-flash-lite" in module.fix.description
    model = next(f for f in findings if f.code == "GM001")  # Vertex AI's row, not Gemini API's
    assert "2026-10-16" in model.message and "gemini-3.1-flash-lite" in model.message
    assert "the GM212 fix (--unsafe-fixes) moves the module to google-genai with this model " \
           "renamed" in model.message and model.fix is None


def test_the_second_removed_import_points_at_the_first():
    findings = [f for f in check_source(TAKEN["both modules, CRLF"], CTX) if f.code == "GM212"]
    assert len(findings) == 2 and findings[0].fix is not None and findings[1].fix is None
    assert findings[1].message.endswith("Rewritten with the module by the GM212 fix on line 2")
    refused = [f for f in check_source(MANUAL["vision module"][0], CTX) if f.code == "GM212"]
    assert len(refused) == 2 and len({f.message.split(". Not rewritten: ")[1]
                                      for f in refused}) == 1


def test_a_notebook_blocks_a_model_object_only_when_it_names_the_module(tmp_path):
    """`model` becomes a model name: a notebook that may import the object keeps it manual."""
    from click.testing import CliRunner

    from gptmigrate.cli import main

    notebook = ('{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], '
                '"execution_count": null, "source": ["%s\\n", "print(model)"]}], '
                '"metadata": {}, "nbformat": 4, "nbformat_minor": 5}')
    args = ["scan", str(tmp_path), "--isolated", "--as-of", TODAY.isoformat(),
            "--unsafe-fixes", "--fix", "--no-cache"]
    (tmp_path / "llm.py").write_text(HEAD + MODEL + ASK)
    (tmp_path / "explore.ipynb").write_text(notebook % "from llm import model")
    result = CliRunner().invoke(main, args)
    assert "explore.ipynb imports model from here" in result.output, result.output
    assert (tmp_path / "llm.py").read_text() == HEAD + MODEL + ASK
    (tmp_path / "explore.ipynb").write_text(notebook % "model = 'mine'")
    CliRunner().invoke(main, args)
    assert (tmp_path / "llm.py").read_text().startswith("from google import genai")


def test_a_module_on_both_google_sdks_moves_one_at_a_time():
    """google-generativeai's fix makes `client` and imports genai: the Vertex AI rewrite must
    not make a second one over it (both are planned on the same text)."""
    source = ("import google.generativeai as genai\n" + HEAD + MODEL + ASK
              + "genai.configure(api_key='k')\nm2 = genai.GenerativeModel('gemini-3.1-pro-"
              "preview')\nprint(m2.generate_content('y').text)\n")
    fixed, _, _ = fix_source(source, CTX, unsafe=True)
    compile(fixed, "both.py", "exec")
    assert fixed.startswith("from google import genai\n") and "import vertexai" in fixed
    assert fixed.count("genai.Client(") == 1
    messages = [f.message for f in check_source(fixed, CTX) if f.code == "GM212"]
    assert messages and all("also imports a Google Gen AI SDK" in m for m in messages)


def test_a_moved_multiline_setting_is_indented_where_it_lands_and_strings_are_kept():
    from gptmigrate.migrations.google_genai import _reindented

    part = 'config={"system_instruction": "a "\n"b", "x": """one\n  two"""}'
    assert _reindented(part, "        ") == ('config={"system_instruction": "a "\n        "b", '
                                            '"x": """one\n  two"""}')
    assert _reindented("config={'a': (1,\n", "    ") == "config={'a': (1,\n"  # cannot tokenize


VERTEX_LLM = ("import vertexai\nfrom vertexai.generative_models import GenerationConfig, "
              "GenerativeModel\n\n\nclass VertexLLM:\n"
              "    def __init__(self, project, location='us-central1', "
              "model_name='gemini-2.5-flash'):\n"
              "        vertexai.init(project=project, location=location)\n"
              "        self.model = GenerativeModel(model_name)\n"
              "        self.config = GenerationConfig(temperature=0.4, max_output_tokens=200)\n\n"
              "    def complete(self, prompt):\n"
              "        return self.model.generate_content(prompt, generation_config=self.config)"
              ".text\n")


@pytest.mark.parametrize("main_py, reason", [
    ("from llm import VertexLLM\n\nllm = VertexLLM(project='p')\nprint(llm.complete('hi'))\n",
     None),
    ("from llm import VertexLLM\n\nllm = VertexLLM(project='p')\nprint(llm.config.temperature)\n",
     "main.py (line 4) uses .config of an instance of VertexLLM"),
    ("from llm import VertexLLM\n\nprint(getattr(VertexLLM(project='p'), 'model'))\n",
     "main.py (line 3) hands an instance of VertexLLM on"),
])
def test_a_wrapper_class_moves_unless_another_module_may_read_its_sdk_objects(tmp_path, main_py,
                                                                              reason):
    """`self.model` (a model object) and `self.config` (a GenerationConfig) change type with
    the module: other modules that only construct the class and call its methods are not in
    the way; one that reads either on an instance, or hands one on, is."""
    from click.testing import CliRunner

    from gptmigrate.cli import main

    (tmp_path / "llm.py").write_text(VERTEX_LLM)
    (tmp_path / "main.py").write_text(main_py)
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--isolated", "--as-of",
                                       TODAY.isoformat(), "--unsafe-fixes", "--fix",
                                       "--no-cache"])
    fixed = (tmp_path / "llm.py").read_text()
    if reason is None:
        assert fixed.startswith("from google import genai"), result.output
        assert "model_name='gemini-2.5-flash'" not in fixed  # the default is renamed
        assert "config=self.config" in fixed and "genai.types.GenerateContentConfig(" in fixed
        compile(fixed, "llm.py", "exec")
    else:
        assert fixed == VERTEX_LLM
        assert reason in result.output, result.output
