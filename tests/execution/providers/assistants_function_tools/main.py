"""A weather assistant with a function tool answered through submit_tool_outputs."""
import json

from openai import OpenAI

client = OpenAI()

TOOLS = [{
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": {"type": "object", "properties": {"text": {"type": "string"}}},
    },
}]


def weather(city):
    return f"sunny in {city}"


def ask(question):
    assistant = client.beta.assistants.create(
        model="gpt-4o", instructions="Use the tool.", tools=TOOLS
    )
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(thread_id=thread.id, role="user", content=question)
    run = client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
    if run.status == "requires_action":
        outputs = []
        for call in run.required_action.submit_tool_outputs.tool_calls:
            arguments = json.loads(call.function.arguments)
            outputs.append({"tool_call_id": call.id, "output": weather(arguments["text"])})
        run = client.beta.threads.runs.submit_tool_outputs_and_poll(
            thread_id=thread.id, run_id=run.id, tool_outputs=outputs
        )
    return client.beta.threads.messages.list(thread_id=thread.id).data[0].content[0].text.value


def main():
    print(ask("Paris"))


if __name__ == "__main__":
    main()
