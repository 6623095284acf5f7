import bot
import report

if __name__ == "__main__":
    print(bot.answer("What did the team ship this week?"))
    print(report.weekly_report(["shipped login page", "fixed 3 bugs"]))
