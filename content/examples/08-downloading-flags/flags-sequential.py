# Fluent Python's flags.py: download the 20 flags one after the other with requests.
import time

import requests

import flags


def get_flag(cc):
    return requests.get(flags.url(cc)).content


def show(text):
    print(text)


def download_many(cc_list):
    for cc in sorted(cc_list):
        image = get_flag(cc)
        show(cc)
        flags.save_flag(image, cc.lower() + ".gif")
    return len(cc_list)


t0 = time.time()
count = download_many(flags.POP20_CC)
print(f"{count} flags downloaded in {time.time() - t0:.2f}s")
