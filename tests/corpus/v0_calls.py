import openai
import openai as oa
from openai import ChatCompletion, Edit
from openai import Completion as LegacyCompletion
from openai.embeddings_utils import cosine_similarity, get_embedding

runner = openai.Completion
create_chat = openai.ChatCompletion.acreate


def everything(prompt, code, image):
    runner.create(prompt=prompt, model=MODEL)
    oa.Completion.create(prompt=prompt, model=MODEL)
    LegacyCompletion.acreate(prompt=prompt, model=MODEL)
    ChatCompletion.create(messages=[], model=MODEL)
    create_chat(messages=[], model=MODEL)
    Edit.create(input=code, instruction="fix", model=MODEL)
    openai.Embedding.create(input=[prompt], model=MODEL)
    openai.Moderation.create(input=prompt)
    openai.Image.create(prompt=prompt, n=1)
    openai.Audio.transcribe("whisper-1", image)
    openai.File.list()
    openai.FineTune.create(training_file="file-1")
    openai.Engine.retrieve("davinci")
    openai.Model.list()
    try:
        openai.Completion.create(engine=DEPLOYMENT, prompt=prompt)
    except openai.error.RateLimitError:
        return openai.embeddings_utils.cosine_similarity([1], [1])


def patched(mock):
    with mock.patch.object(openai.ChatCompletion, "create") as fake:
        fake.return_value = {}
    return retry(oa.Completion.create, attempts=3)
