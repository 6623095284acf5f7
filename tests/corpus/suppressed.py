import openai

KEEP_FOR_REPLAY = "text-davinci-003"  # noqa: GM001
REPORTED = "text-davinci-002"  # noqa: E501
STALE = "gpt-4o"  # gptmigrate: ignore[GM001]
response = openai.Completion.create(  # gptmigrate: ignore[completions-endpoint]
    model="text-curie-001",  # noqa: GM001
    prompt="x",
)
