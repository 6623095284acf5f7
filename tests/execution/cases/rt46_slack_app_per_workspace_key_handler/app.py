import openai

from workspaces import key_for


def handle_app_mention(event):
    team = event["team"]
    key = key_for(team)
    if not key:
        return f"<@{event['user']}> this workspace has not configured an OpenAI key yet"
    openai.api_key = key
    question = event["text"].replace("<@UBOT>", "").strip()
    try:
        completion = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[
                {"role": "system", "content": "You answer questions in Slack threads."},
                {"role": "user", "content": question},
            ],
            user=f"{team}:{event['user']}",
        )
    except openai.error.AuthenticationError as exc:
        return (f"<@{event['user']}> the OpenAI key of this workspace was rejected "
                f"(HTTP {exc.http_status}); ask an admin to update it")
    return f"<@{event['user']}> {completion.choices[0].message.content}"
