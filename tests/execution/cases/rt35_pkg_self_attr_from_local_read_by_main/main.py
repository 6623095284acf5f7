from agent import Agent

agent = Agent("You plan weekend trips.")
print(agent.run("Plan a day in Kyoto."))
print("tokens:", agent.last_response["usage"]["total_tokens"])
print("finish:", agent.last_response["choices"][0]["finish_reason"])
