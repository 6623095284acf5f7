import openai

from agent.tools import call_tool, function_specs


class ToolAgent:
    def __init__(self, model="gpt-3.5-turbo-0613"):
        self.model = model

    def run(self, task, tool_name):
        messages = [{"role": "user", "content": task}]
        first = openai.ChatCompletion.create(
            model=self.model,
            messages=messages,
            functions=function_specs(),
            function_call={"name": tool_name},
        )
        msg = first["choices"][0]["message"]
        if msg.get("function_call"):
            name = msg["function_call"]["name"]
            result = call_tool(name, msg["function_call"]["arguments"])
            messages.append(msg)
            messages.append({"role": "function", "name": name, "content": result})
            second = openai.ChatCompletion.create(model=self.model, messages=messages)
            return name, result, second["choices"][0]["message"]["content"]
        return None, None, msg["content"]
