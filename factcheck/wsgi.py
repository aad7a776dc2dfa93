import os

from django.core.wsgi import get_wsgi_application
from django.db import connections
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

application = get_wsgi_application()

# Import every view now rather than on each worker's first request: gunicorn (preload_app) forks
# its workers from here with them loaded. No connection opened here may be shared by the forks.
get_resolver().url_patterns  # noqa: B018  (the property imports the URLconf)
connections.close_all()
