import headline
import keywords
import qa

for script in (headline, qa, keywords):
    script.run()
