"""Builds the ratings page of the team wiki from the saved snapshot."""
from arena.board import rows
from arena.render import markdown

print(markdown())
_, ranking = rows()
print(f"leader: {ranking[0][1]} by {ranking[0][2] - ranking[1][2]} points")
