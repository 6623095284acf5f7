from agents import Critic, Planner, Writer


def run_team(goal):
    planner, writer, critic = Planner("Pia"), Writer("Wes"), Critic("Cy")
    steps = planner.run(goal)
    drafts = [writer.run(step) for step in steps]
    verdict = critic.run(" / ".join(drafts))
    return steps, drafts, verdict, sum(a.calls for a in (planner, writer, critic))
