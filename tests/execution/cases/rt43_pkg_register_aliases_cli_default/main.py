from minillm.cli import main

main(["Name three primary colors"])
main(["-m", "4", "Say hi to the team"])
main(["-m", "chatgpt", "-s", "Answer briefly.", "Count to three"])
