"""The flag server of Fluent Python's flag downloads on the simulated internet, as Looplab's
`services.flags`: POP20_CC, BASE_URL, url(cc), save_flag(image, filename) (blocks the calling
thread for world["flags"]["saveTime"], 0.01 s by default) and saved() (the file names so far).
"""

import time

import _services

POP20_CC = tuple(_services.POP20_CC)
BASE_URL = _services.FLAGS_URL

_saved = []


def url(cc):
    """The URL of a country's flag: http://flupy.org/data/flags/cn/cn.gif."""
    return f"{BASE_URL}/{cc.lower()}/{cc.lower()}.gif"


def save_flag(image, filename):
    """Writes a flag image to the simulated disk."""
    time.sleep(_services.save_time())
    _saved.append(str(filename))


def saved():
    """The file names saved so far, in order."""
    return list(_saved)
