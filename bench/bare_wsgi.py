"""
The bare WSGI app bench/api_overhead.py compares the project with: it answers every request
with the status, headers and body recorded in the JSON file named by BARE_RESPONSE.
"""

import base64
import json
import os

with open(os.environ["BARE_RESPONSE"], encoding="utf-8") as spec_file:
    _SPEC = json.load(spec_file)
_STATUS = _SPEC["status"]
_HEADERS = [(name, value) for name, value in _SPEC["headers"]]
_BODY = [base64.b64decode(_SPEC["body"])]


def application(environ, start_response):
    start_response(_STATUS, _HEADERS)
    return _BODY
