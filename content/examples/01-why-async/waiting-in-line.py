# A plain synchronous program: no async anywhere. Each download waits for the
# one before it, and while the program waits it does nothing else at all.
import time


def download(name, seconds):
    print(f"start {name}")
    time.sleep(seconds)  # the network is slow; this line blocks until it answers
    print(f"done {name}")
    return f"{name}.html"


pages = [download("news", 2), download("weather", 3)]
print(pages)
