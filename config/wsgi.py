import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

application = get_wsgi_application()

# Garbage collection tuned for a server process (as Instagram and others tune Django's): the
# objects loaded so far (Django, the apps, the URL conf) live as long as the process, so they
# are moved out of the collector's scans; and the young generation is collected after 50,000
# allocations rather than 700. A sync batch allocates some 100,000 objects, nearly all freed
# by reference counting: with the defaults, collections took some 18 ms of its ~150 ms
# (bench/sync.py), about 4 ms after this. Cycles are still collected.
gc.collect()
gc.freeze()
gc.set_threshold(50_000, 20, 100)
